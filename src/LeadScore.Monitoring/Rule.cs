namespace LeadScore.Monitoring;

/// <summary>
/// One monitoring rule, as configuration: a metric of one model over a window, compared with a threshold, with the
/// evidence it needs before it fires, for how many periods in a row, and the action it then asks for. A
/// <see cref="RuleSet"/> checks every rule when it is built; the JSON spelling of each field is in
/// <see cref="RuleSet.Parse"/>.
/// </summary>
/// <param name="Name">A short unique name (e.g. "top-decile-two-days").</param>
/// <param name="Description">One sentence on what the rule is for, e.g. the spec's words it implements.</param>
/// <param name="Metric">What is measured.</param>
/// <param name="Window">The period judged (for PSI metrics: <see cref="RuleWindow.Month"/>, one scoring run a month).</param>
/// <param name="Comparison">Which side of the threshold fires.</param>
/// <param name="Threshold">A rate as a fraction (0.03 for 3%), a lift as a multiple (1.5), a difference of rates as a
/// fraction (0 for "any"), a PSI (0.25) or a PSI per month (0.05).</param>
/// <param name="Consecutive">How many of the latest periods (or scoring runs) must all be beyond the threshold.</param>
/// <param name="Evidence">How sure the rule must be (point estimate, whole interval, or sequential test).</param>
/// <param name="Action">What a fired rule asks for.</param>
/// <param name="Model">The champion, or every shadow challenger in turn.</param>
/// <param name="AdjustForMaturity">Judge the rate the period should reach once its labels mature (observed rate divided
/// by the share of conversions expected known by now) rather than the rate observed so far. The seed had no adjustment.</param>
/// <param name="Cumulative">Measure every lead from the list's first day to the period's end, not the period alone.
/// Sequential evidence always accumulates.</param>
/// <param name="Confidence">The interval's confidence (interval evidence) or 1 − the test's error (sequential evidence).</param>
/// <param name="MixtureSd">Sequential evidence only: τ, the spread of rate differences the test is tuned to find.</param>
/// <param name="Feature">PSI metrics only: the one feature to watch (or "score"); null watches every feature.</param>
/// <param name="Runs">PSI trend only: how many of the latest scoring runs the trend is fitted on (at least 3).</param>
public sealed record Rule(
    string Name,
    string Description,
    RuleMetric Metric,
    RuleWindow Window,
    RuleComparison Comparison,
    double Threshold,
    int Consecutive,
    EvidenceStandard Evidence,
    RuleAction Action,
    JudgedModel Model = JudgedModel.Champion,
    bool AdjustForMaturity = true,
    bool Cumulative = false,
    double Confidence = 0.95,
    double MixtureSd = Rule.DefaultMixtureSd,
    string? Feature = null,
    int Runs = 3)
{
    /// <summary>
    /// τ = 5 percentage points: the size of top-decile difference worth acting on at this volume (the seed's top
    /// decile converts at about 10%), where the mixture test gains evidence fastest.
    /// </summary>
    public const double DefaultMixtureSd = 0.05;

    /// <summary>Whether the rule reads PSI readings rather than conversions.</summary>
    public bool IsDrift => Metric is RuleMetric.Psi or RuleMetric.PsiTrend;
}
