namespace LeadScore.Monitoring;

/// <summary>Which side of the threshold makes a rule fire.</summary>
public enum RuleComparison
{
    /// <summary>The metric is below the threshold (a rate or lift that fell).</summary>
    Below,

    /// <summary>The metric is above the threshold (a challenger ahead, a drift).</summary>
    Above,
}
