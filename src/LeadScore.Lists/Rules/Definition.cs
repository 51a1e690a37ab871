namespace LeadScore.Lists.Rules;

/// <summary>A named set of conditions that tiers reuse with <c>use: NAME</c> (P1, P2, P3 of the V3 rules).</summary>
public sealed record Definition(string Name, IReadOnlyList<Condition> Conditions, int Line)
{
    /// <summary>The definition in words.</summary>
    public string Words => string.Join(" and ", Conditions.Select(c => c.Words));
}
