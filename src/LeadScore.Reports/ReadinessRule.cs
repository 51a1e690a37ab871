namespace LeadScore.Reports;

/// <summary>
/// One decision rule: its name (what the report cites), the conditions that must all hold (none: it always holds),
/// the outcome it decides, and the sentence that says why.
/// </summary>
public sealed record ReadinessRule(string Name, IReadOnlyList<RuleCondition> When, ReadinessOutcome Outcome, string Because)
{
    public bool Holds(ReadinessFacts facts) => When.All(c => c.Holds(facts));

    /// <summary>The conditions in one line: "verdict = challenger-better and gates_pass = true", or "always".</summary>
    public string Conditions => When.Count == 0 ? "always" : string.Join(" and ", When.Select(c => c.Statement));
}

/// <summary>
/// What the rules decided: the rule that decided (the first whose conditions all held) and its position (from 1);
/// every rule before it did not hold.
/// </summary>
public sealed record RuleDecision(ReadinessRule Rule, int Position);
