namespace LeadScore.Lists.Rules;

/// <summary>Age ranges (the vendor's <c>AGE_RANGE</c> values, e.g. <c>70-74</c>) whose advisors are left off; a missing age is kept.</summary>
public sealed record AgeExclusion(bool Enabled, IReadOnlyList<string> Ranges, DateOnly Added, string Reason);
