using LeadScore.Monitoring.Internal;

namespace LeadScore.Monitoring;

/// <summary>How often a rule is wrong, by simulation (<see cref="RuleSimulation"/>).</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Description">The rule's description.</param>
/// <param name="Action">What it asks for when it fires.</param>
/// <param name="FalseAlarm">P(it fires within a month when the champion performs exactly as expected); null when not simulated.</param>
/// <param name="Detection">P(it fires within a month when the champion has lost half its lift); null when not simulated.</param>
/// <param name="Months">Simulated months per world.</param>
public sealed record RuleReliability(string Rule, string Description, RuleAction Action, double? FalseAlarm, double? Detection, int Months)
{
    /// <summary>One sentence on what the two rates say.</summary>
    public string Meaning => FalseAlarm is { } alarm && Detection is { } detection
        ? $"Run daily, '{Rule}' asks for {Text.Action(Action)} by chance in {Text.Probability(alarm)} of months when the champion " +
          $"performs as expected, and in {Text.Probability(detection)} of months when it has lost half its lift ({Months:N0} months each)."
        : $"'{Rule}' reads PSI readings, which simulated months do not have: not simulated.";
}
