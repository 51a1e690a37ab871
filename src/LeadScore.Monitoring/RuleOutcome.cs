namespace LeadScore.Monitoring;

/// <summary>What one rule found on the monitored leads, and how often such a rule is wrong.</summary>
/// <param name="Rule">The rule's name.</param>
/// <param name="Description">The rule's description.</param>
/// <param name="Action">What the rule asks for when it fires.</param>
/// <param name="Fired">Whether the evidence met the rule's standard on the as-of date.</param>
/// <param name="Evidence">One or two sentences: the figures judged, against what, and why the rule fired or not.</param>
/// <param name="Numbers">The figures behind <paramref name="Evidence"/>, by snake_case name (value, lower, upper,
/// threshold, maturity, leads, conversions, …; rates as fractions).</param>
/// <param name="FalseAlarm">P(the rule fires within a month when the champion performs exactly as expected), simulated
/// from the request's expectation (null without one, or for a rule the simulation cannot play).</param>
/// <param name="Detection">P(it fires within a month when the champion has lost half its lift), likewise.</param>
public sealed record RuleOutcome(
    string Rule,
    string Description,
    RuleAction Action,
    bool Fired,
    string Evidence,
    IReadOnlyDictionary<string, double> Numbers,
    double? FalseAlarm,
    double? Detection)
{
    /// <summary>The version the rule judged: the champion's, or one shadow challenger's (a challenger rule gives one outcome per shadow).</summary>
    public string Model { get; init; } = "";
}
