namespace LeadScore.Lists.Rules;

/// <summary>Disclosure kinds (<c>contact_has_disclosed_&lt;flag&gt;</c>) whose advisors are left off.</summary>
public sealed record DisclosureExclusion(bool Enabled, IReadOnlyList<string> Flags, DateOnly Added, string Reason)
{
    /// <summary>Every disclosure flag the vendor records.</summary>
    public static IReadOnlyList<string> Known { get; } =
        ["criminal", "regulatory_event", "termination", "investigation", "customer_dispute", "civil_event", "bond", "bankrupt", "judgment_or_lien"];
}
