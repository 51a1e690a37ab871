using LeadScore.Data.Labeled;

namespace LeadScore.Backtest;

/// <summary>
/// The historical leads a backtest compares the models on, in one fixed order: each lead's id, advisor (when the data
/// has one), contact date and outcome. Both arms see exactly these leads.
/// </summary>
public sealed record BacktestLeads(string[] LeadIds, long[]? Advisors, DateOnly[] Dates, int[] Labels, string Source, DateRange Window)
{
    public int Count => Labels.Length;

    public int Conversions => Labels.Sum();

    /// <summary>The overall conversion rate of the window: the default baseline lifts are measured against.</summary>
    public double Rate => (double)Conversions / Count;

    /// <summary>Calendar months the window's leads were contacted in.</summary>
    public int Months => Dates.Select(d => (d.Year, d.Month)).Distinct().Count();
}
