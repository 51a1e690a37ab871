namespace LeadScore.Monitoring;

/// <summary>How sure a rule must be that the metric is beyond its threshold before it fires.</summary>
public enum EvidenceStandard
{
    /// <summary>The point estimate is beyond the threshold: the seed's way, which noise alone satisfies at this volume.</summary>
    Point,

    /// <summary>
    /// The whole confidence interval (95% by default; Wilson for a rate, Newcombe for a difference), adjusted for label
    /// maturity when the rule asks for it, is beyond the threshold.
    /// </summary>
    Interval,

    /// <summary>
    /// An always-valid test (the mixture SPRT of <see cref="LeadScore.Metrics.SequentialComparison"/>) on every lead
    /// since the first list's first day, looked at after every period, stopping at the first rejection: its error stays
    /// at 1 − confidence however often one looks. For the challenger against the champion only.
    /// </summary>
    Sequential,
}
