namespace LeadScore.Monitoring;

/// <summary>One model's figures for one segment of one period's leads (every model is measured on the same leads).</summary>
/// <param name="Model">The model's version.</param>
/// <param name="Role">"champion" or "shadow".</param>
/// <param name="Period">The contact period.</param>
/// <param name="Segment">All leads, or this model's top decile or bottom fifth.</param>
/// <param name="Figures">Leads, known conversions, rate with interval, lift, maturity and the maturity-adjusted rate.</param>
public sealed record CohortRow(string Model, string Role, CohortPeriod Period, Segment Segment, ConversionFigures Figures);
