using LeadScore.Monitoring;

namespace LeadScore.Dashboard.Pages;

/// <summary>Where a rule stands: fired, near (not fired, but its evidence does not rule it out), or quiet.</summary>
public enum RuleState { Quiet, Near, Fired }

/// <summary>
/// A rule's state as the dashboard shows it. The monitor decides only fired or not; "near" is the dashboard's reading of
/// the outcome's numbers, written once here: a rate or lift rule whose latest 95% interval reaches its threshold (the data
/// cannot yet rule out being beyond it), the challenger test with a likelihood ratio at least halfway to its boundary on
/// the log scale (√20 ≈ 4.5 of 20), a PSI rule within 20% of its threshold.
/// </summary>
public static class RuleStanding
{
    public const string NearMeaning =
        "near: not fired, but a rate or lift rule's latest 95% interval reaches its threshold, the challenger test's likelihood ratio is at least halfway " +
        "to its boundary on the log scale (√20 ≈ 4.5 of 20), or a PSI is within 20% of its threshold";

    public static RuleState Of(RuleOutcome outcome, Rule? rule)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Fired) return RuleState.Fired;
        if (rule is null) return RuleState.Quiet;
        var n = outcome.Numbers;
        bool below = rule.Comparison == RuleComparison.Below;
        if (rule.Evidence == EvidenceStandard.Sequential)
            return n.TryGetValue("likelihood_ratio", out var ratio) && n.TryGetValue("boundary", out var boundary) && ratio >= Math.Sqrt(boundary)
                && (!n.TryGetValue("difference", out var difference) || (below ? difference < 0 : difference > 0)) ? RuleState.Near : RuleState.Quiet;
        if (rule.IsDrift)
            return n.TryGetValue("value", out var psi) && (below ? psi <= rule.Threshold / 0.8 : psi >= 0.8 * rule.Threshold) ? RuleState.Near : RuleState.Quiet;
        if (below) return n.TryGetValue("lower", out var lower) && lower < rule.Threshold ? RuleState.Near : RuleState.Quiet;
        return n.TryGetValue("upper", out var upper) && upper > rule.Threshold ? RuleState.Near : RuleState.Quiet;
    }

    /// <summary>The state of each outcome of a report judged by <paramref name="rules"/>.</summary>
    public static RuleState Of(RuleOutcome outcome, RuleSet rules) => Of(outcome, rules.Rules.FirstOrDefault(r => r.Name == outcome.Rule));
}
