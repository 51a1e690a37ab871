namespace LeadScore.Lists.Rules;

/// <summary>A tier the rules once had and no longer evaluate, kept with its rule and why it was dropped.</summary>
public sealed record RetiredTier(string Name, IReadOnlyList<Alternative> When, string Reason)
{
    /// <summary>The old rule in words.</summary>
    public string Words => string.Join(" or ", When.Select(a => When.Count > 1 && a.Words.Contains(" and ", StringComparison.Ordinal) ? $"({a.Words})" : a.Words));
}
