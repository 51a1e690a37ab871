namespace LeadScore.Warehouse.Outcomes;

/// <summary>
/// How much of a published list has outcomes after an import: its leads (advisors), those with an imported outcome,
/// and those among them with a call scheduled (at any delay).
/// </summary>
public sealed record ListCoverage(string ListId, long Leads, long WithOutcome, long CallsScheduled);
