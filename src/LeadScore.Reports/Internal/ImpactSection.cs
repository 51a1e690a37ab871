using System.Text;
using static LeadScore.Reports.Internal.MarkdownText;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Reports.Internal;

/// <summary>
/// What the switch should bring per month and per year: each model's expected conversions from a month's list, and
/// the difference from the paired interval of the rate difference times the list size (twelve lists a year), with the
/// assumptions said.
/// </summary>
internal static class ImpactSection
{
    public static ReportSection Of(ReportContext c)
    {
        var b = c.Backtest;
        var d = b.Comparison.Paired.Rate;
        int n = b.ListSize;
        var sb = new StringBuilder();
        sb.Append($"Assumptions: one list of {Count(n)} leads a month, twelve a year; each model's list converts as its selection of the backtest's leads did " +
                  $"({b.Policy}, contacted {b.Window}). The difference is the paired bootstrap's rate difference, {Points(d.Estimate)} points " +
                  $"(95% interval {Points(d.Lower)} to {Points(d.Upper)}), times {Count(n)}; its interval carries the uncertainty of that difference, not a month's own " +
                  "luck. Each model's monthly interval is its predictive one (the rate's uncertainty and a month's luck). A real list is built by a different process " +
                  "(tiers, exclusions, quotas, backfill) from this backtest's selection, so these are the selections' figures scaled to a list, not a forecast of the list.\n\n");
        string Year(double perMonth) => Number(12 * perMonth, "N1");
        sb.Append(Table(["", $"Per month (a list of {Count(n)})", "Per year (12 lists)"],
        [
            [$"{c.ChampionLabel}: expected conversions", SummarySection.Forecast(b.Champion.Forecast), Year(b.Champion.Forecast.Expected)],
            [$"{c.ChallengerLabel}: expected conversions", SummarySection.Forecast(b.Challenger.Forecast), Year(b.Challenger.Forecast.Expected)],
            ["Difference, challenger − champion (95% paired interval)", $"{Signed(n * d.Estimate)} ({Signed(n * d.Lower)} to {Signed(n * d.Upper)})",
                $"{Signed(12 * n * d.Estimate)} ({Signed(12 * n * d.Lower)} to {Signed(12 * n * d.Upper)})"],
        ], 1, 2));
        if (b.Legacy is { } legacy)
            sb.Append($"\nThe seed report claimed +8 MQLs a month and +91 a year from two point rates ({Escape(legacy.FinalPoolD.Conversions + " of " + Count(legacy.FinalPoolD.Leads))} " +
                      $"against {Escape(legacy.FinalPoolC.Conversions + " of " + Count(legacy.FinalPoolC.Leads))}), without an interval.\n");
        return new ReportSection("Expected impact", sb.ToString());
    }
}
