namespace LeadScore.Monitoring;

/// <summary>A contacted lead of a lead list, with its conversion (if any) and every model's score of it.</summary>
/// <param name="LeadId">The lead's id (unique in a request).</param>
/// <param name="ListId">The lead list it came from.</param>
/// <param name="ListStart">The list's first day; days and weeks are counted from it.</param>
/// <param name="Contacted">The day the lead entered "Contacting".</param>
/// <param name="Converted">The day the call was scheduled, or null. It counts as a conversion when it falls within the
/// maturity horizon (43 days, spec §1.7) after the contact and on or before the as-of date.</param>
/// <param name="Scores">The champion's score and every shadow challenger's, from the same scoring run.</param>
public sealed record MonitoredLead(
    string LeadId, string ListId, DateOnly ListStart, DateOnly Contacted, DateOnly? Converted, IReadOnlyList<ModelScore> Scores);
