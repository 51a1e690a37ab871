namespace LeadScore.Backtest.Legacy;

/// <summary>
/// One model's selection under one procedure of the legacy table: how many percentile bins the procedure produced
/// (0 when it ranks instead of binning), how many leads it removed and kept, and how the kept leads converted.
/// </summary>
public sealed record LegacyRow(string Procedure, string Model, int Bins, int Removed, int Kept, int Conversions, double Rate);

/// <summary>A published pool: conversions of leads.</summary>
public sealed record LegacyPool(int Conversions, int Leads)
{
    public double Rate => (double)Conversions / Leads;
}
