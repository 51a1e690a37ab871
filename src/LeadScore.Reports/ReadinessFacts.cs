using LeadScore.Metrics;

namespace LeadScore.Reports;

/// <summary>
/// The facts the decision rules look at, each taken from the evidence: the backtest's verdict and intervals (paired
/// rate difference, DeLong's AUC difference), the Bayesian probability that the challenger converts better, the
/// power of the backtest at its own size, the challenger's gates, both versions' artefacts against their manifests,
/// whether the backtest scored the registered model files, the sign-offs, training's leakage flags and the last
/// scoring run's skew warnings. A fact the evidence does not hold is null (no leakage report; no warehouse given).
/// </summary>
public sealed record ReadinessFacts(
    string Verdict,
    bool GatesPass,
    bool ArtefactsVerified,
    bool BacktestMatchesRegistry,
    bool SignOffsComplete,
    bool? LeakageFlagged,
    int? SkewWarnings,
    double RateDifferenceLower,
    double RateDifferenceUpper,
    double AucDifferenceLower,
    double AucDifferenceUpper,
    double ProbabilityHigher,
    double? Power)
{
    /// <summary>The verdicts as the rules name them.</summary>
    public static readonly IReadOnlyList<string> Verdicts = ["challenger-better", "champion-better", "not-enough-evidence"];

    public static ReadinessFacts Of(ReadinessEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var b = e.Backtest;
        var c = b.Comparison;
        bool matches = b.Challenger.Model.Sha256 == e.Challenger.ModelSha256 && b.Champion.Model.Sha256 == e.Champion.ModelSha256;
        int? skew = e.ScoringRun is { } run && run.Models.Any(m => m.Version == e.Challenger.Version)
            ? run.Checks.Count(k => k.Model == e.Challenger.Version && k.IsSkew && k.Outcome != "pass")
            : null;
        return new ReadinessFacts(VerdictName(c.Verdict), e.Challenger.GatesPass, e.Challenger.Verified && e.Champion.Verified, matches,
            e.MissingSignOffs.Count == 0, e.Challenger.Leakage is { } leakage ? leakage.Flagged.Count > 0 : null, skew,
            c.Paired.Rate.Lower, c.Paired.Rate.Upper, c.Auc.Lower, c.Auc.Upper, c.Bayes.Probability, PowerAtSize(b));
    }

    /// <summary>A verdict as the rules name it.</summary>
    public static string VerdictName(LeadScore.Backtest.BacktestVerdict verdict) => verdict switch
    {
        LeadScore.Backtest.BacktestVerdict.ChallengerBetter => "challenger-better",
        LeadScore.Backtest.BacktestVerdict.ChampionBetter => "champion-better",
        _ => "not-enough-evidence",
    };

    /// <summary>The power of a two-sided test at α 0.05 to tell the observed rates apart with the smaller arm's leads; null when the rates cannot differ.</summary>
    public static double? PowerAtSize(LeadScore.Backtest.BacktestResult b)
    {
        double a = b.Champion.Rate.Rate, c = b.Challenger.Rate.Rate;
        return a > 0 && a < 1 && c > 0 && c < 1 && a != c ? RatePower.Power(a, c, Math.Min(b.Champion.Kept, b.Challenger.Kept)).Power : null;
    }
}
