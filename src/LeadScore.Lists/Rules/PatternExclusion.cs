namespace LeadScore.Lists.Rules;

/// <summary>A firm-name or title pattern whose prospects are left off the list.</summary>
public sealed record PatternExclusion(string Pattern, string Category, DateOnly Added, string Reason, bool Enabled);
