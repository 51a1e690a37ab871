using LeadScore.Metrics;

namespace LeadScore.Backtest.Legacy;

/// <summary>
/// The original backtest reproduced and put next to honest figures (domain spec §6): its selections (qcut(100) bins,
/// V4.0.0 scored without its two experience features), its headline figures recomputed from the published final
/// pools, the like-for-like selections, and what a paired comparison says about the original's own selections.
/// </summary>
/// <param name="Original">The original's selections: V4.0.0 (C) and V4.1 (D), survivors of the bottom-20-bin filter.</param>
/// <param name="LikeForLike">The same comparison made like for like, step by step.</param>
/// <param name="FinalPoolC">The published final pool of C after the V3 disagreement filter (needs V3 tiers the fixtures lack): 86 of 1,888.</param>
/// <param name="FinalPoolD">Of D: 118 of 2,442.</param>
/// <param name="Improvement">"+6.1% conversion improvement": (d − c) / c on the final pools.</param>
/// <param name="MqlsC">"Expected MQLs at 2,800" for C: int(2,800 · c) = 127.</param>
/// <param name="MqlsD">For D: 135; "+8 MQLs/month" is the difference.</param>
/// <param name="Confidence">The "66.1% statistical confidence": the original's loop and its closed form.</param>
/// <param name="DrawsC">The original's Monte Carlo MQLs for C: Binomial(2,800, c), 10,000 draws from seed 42.</param>
/// <param name="DrawsD">For D: the seed's "135 (95% CI 114–158)".</param>
/// <param name="OriginalPaired">The paired bootstrap of the original's own two selections (the survivors), membership kept.</param>
/// <param name="OriginalBayes">The probability, from the survivors' counts, that D's selection truly converts better.</param>
/// <param name="Meaning">What the original's 66.1% was, in one paragraph.</param>
public sealed record LegacyResult(
    IReadOnlyList<LegacyRow> Original,
    IReadOnlyList<LegacyRow> LikeForLike,
    LegacyPool FinalPoolC,
    LegacyPool FinalPoolD,
    double Improvement,
    int MqlsC,
    int MqlsD,
    LegacyConfidence Confidence,
    LegacyMqlDraws DrawsC,
    LegacyMqlDraws DrawsD,
    PairedComparison OriginalPaired,
    BetaComparison OriginalBayes,
    string Meaning);
