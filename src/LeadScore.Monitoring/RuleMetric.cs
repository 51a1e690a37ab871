namespace LeadScore.Monitoring;

/// <summary>What a rule measures. The JSON spelling is snake_case (<c>top_decile_rate</c>).</summary>
public enum RuleMetric
{
    /// <summary>Conversion rate of every monitored lead.</summary>
    OverallRate,

    /// <summary>Conversion rate of the leads in the model's top decile (percentile 91–100).</summary>
    TopDecileRate,

    /// <summary>The top decile's conversion rate divided by the request's baseline (the seed's monitoring query divides by 2.74%).</summary>
    TopDecileLift,

    /// <summary>Conversion rate of the leads in the model's bottom fifth (percentile 1–20).</summary>
    BottomFifthRate,

    /// <summary>
    /// Among the leads the two models disagree on, the conversion rate of those only the challenger puts in its top
    /// decile minus that of those only the champion puts there: above 0, swapping the champion's picks for the
    /// challenger's would improve the top decile. The leads both put there cancel out, so the two groups are disjoint
    /// and independent.
    /// </summary>
    ChallengerMinusChampionRate,

    /// <summary>The largest population stability index of the latest scoring run (of one feature, or of all).</summary>
    Psi,

    /// <summary>The fastest-growing feature's PSI, in PSI per month, fitted by least squares over the latest runs.</summary>
    PsiTrend,
}
