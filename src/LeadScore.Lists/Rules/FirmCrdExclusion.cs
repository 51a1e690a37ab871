namespace LeadScore.Lists.Rules;

/// <summary>A firm, by CRD, whose advisors are left off the list (the company itself, a partner).</summary>
public sealed record FirmCrdExclusion(long Crd, string Category, DateOnly Added, string Reason, bool Enabled);
