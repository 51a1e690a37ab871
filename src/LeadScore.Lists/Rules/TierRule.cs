namespace LeadScore.Lists.Rules;

/// <summary>
/// A V3 tier: the prospects it takes (any of its alternatives), its priority rank and expected rates. Tiers are
/// tried in file order and the first that matches wins.
/// </summary>
/// <param name="Name">The tier's name as written into the list, e.g. <c>TIER_1A_PRIME_MOVER_CFP</c>.</param>
/// <param name="Priority">Its priority rank (1 is first).</param>
/// <param name="TierRate">The tier's own expected conversion rate.</param>
/// <param name="FinalRate">The expected rate the list uses for buckets and output (the tier rate unless the file says otherwise).</param>
/// <param name="When">Its alternatives: the tier matches when any one of them holds.</param>
/// <param name="Line">The line of the file where the tier starts.</param>
public sealed record TierRule(string Name, int Priority, double TierRate, double FinalRate, IReadOnlyList<Alternative> When, int Line)
{
    /// <summary>The rule in words, alternatives joined by "or".</summary>
    public string Words => string.Join(" or ", When.Select(a => When.Count > 1 && a.Words.Contains(" and ", StringComparison.Ordinal) ? $"({a.Words})" : a.Words));
}
