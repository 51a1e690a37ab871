namespace LeadScore.Monitoring;

/// <summary>One model's figures for one score decile of a list's leads, the decile from the model's percentile.</summary>
/// <param name="Model">The model's version.</param>
/// <param name="Role">"champion" or "shadow".</param>
/// <param name="ListId">The list.</param>
/// <param name="ListStart">The list's first day.</param>
/// <param name="Decile">1 (percentiles 1–10) to 10 (91–100, the top decile).</param>
/// <param name="Figures">Leads, known conversions, rate with interval, lift, maturity and the maturity-adjusted rate.</param>
public sealed record DecileRow(string Model, string Role, string ListId, DateOnly ListStart, int Decile, ConversionFigures Figures);
