namespace LeadScore.Lists.Rules;

/// <summary>Everything that keeps a prospect off the list, whatever its tier; disabled entries are kept for the record.</summary>
public sealed record Exclusions(IReadOnlyList<PatternExclusion> FirmPatterns, IReadOnlyList<FirmCrdExclusion> FirmCrds,
    IReadOnlyList<PatternExclusion> TitlePatterns, AgeExclusion? Age, DisclosureExclusion? Disclosures);
