namespace LeadScore.Warehouse.Synthetic;

/// <summary>
/// What <see cref="SyntheticOutcomes"/> wrote: the list's leads, those contacted by the cut-off (the file's rows), the
/// conversions drawn and those known by the cut-off, the list's true expected conversions, and the delay distribution
/// drawn from (its source, size, median and 90th percentile, in days).
/// </summary>
public sealed record SyntheticOutcomeResult(SyntheticOutcomeRequest Request, DateOnly CutOff, long Leads, long Written, DateOnly FirstContact,
    DateOnly LastContact, long ConversionsDrawn, long ConversionsKnown, double ExpectedConversions, string DelaySource, int DelayCount,
    int DelayMedian, int DelayP90);
