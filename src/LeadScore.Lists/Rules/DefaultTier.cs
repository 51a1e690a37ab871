namespace LeadScore.Lists.Rules;

/// <summary>The tier of a prospect no rule matches (STANDARD).</summary>
public sealed record DefaultTier(string Name, int Priority, double TierRate, double FinalRate);
