using System.Globalization;

namespace LeadScore.Warehouse.Features;

/// <summary>
/// How leads are labelled (domain spec §1.7): contacted in [<paramref name="From"/>, <paramref name="To"/>],
/// converted when the call is scheduled within <paramref name="WindowDays"/> days, as known on the fixed
/// <paramref name="AnalysisDate"/> (never "today", so a rebuild gives the same labels). The defaults are the
/// corrected behaviour; <paramref name="NegativeIsPositive"/> = true and <paramref name="LateIsNegative"/> = false
/// reproduce the original V4 target's quirks.
/// </summary>
public sealed record TargetOptions(DateOnly From, DateOnly To, DateOnly AnalysisDate, int WindowDays = 43,
    bool NegativeIsPositive = false, bool LateIsNegative = true)
{
    /// <summary>The original V4.1 population: contacts from 2024-02-01 to 2025-10-31.</summary>
    public static TargetOptions V41(DateOnly analysisDate) => new(new(2024, 2, 1), new(2025, 10, 31), analysisDate);

    internal string Fill(string sql) => sql
        .Replace("{from}", Date(From)).Replace("{to}", Date(To)).Replace("{analysis_date}", Date(AnalysisDate))
        .Replace("{window_days}", WindowDays.ToString(CultureInfo.InvariantCulture))
        .Replace("{negative_is_positive}", NegativeIsPositive ? "true" : "false")
        .Replace("{late_is_negative}", LateIsNegative ? "true" : "false");

    internal static string Date(DateOnly d) => $"DATE '{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";
}
