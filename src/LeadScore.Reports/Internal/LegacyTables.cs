using System.Globalization;
using System.Text;
using LeadScore.Backtest.Legacy;
using static LeadScore.Reports.Internal.MarkdownText;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Reports.Internal;

/// <summary>The original team's backtest reproduced (domain spec §6): its selections next to the like-for-like ones, and its headline figures beside what they were.</summary>
internal static class LegacyTables
{
    public static string Of(LegacyResult l)
    {
        var sb = new StringBuilder("\n### The original backtest reproduced\n\n");
        sb.Append("The seed report's selections (qcut(100) percentile bins, the bottom 20 bins removed) on the same leads, then the same comparison made like for like:\n\n");
        sb.Append(Table(["Procedure", "Model", "Bins", "Removed", "Kept", "Conversions", "Rate"],
            l.Original.Concat(l.LikeForLike).Select(r => (IReadOnlyList<string>)
            [
                Escape(r.Procedure), Escape(r.Model), r.Bins == 0 ? "–" : r.Bins.ToString(CultureInfo.InvariantCulture), Count(r.Removed), Count(r.Kept),
                Count(r.Conversions), Percent(r.Rate, 3),
            ]).ToArray(), 2, 3, 4, 5, 6));
        sb.Append($"\nThe seed report's figures come from its final pools ({l.FinalPoolC.Conversions} of {Count(l.FinalPoolC.Leads)} and " +
                  $"{l.FinalPoolD.Conversions} of {Count(l.FinalPoolD.Leads)}, after a V3 tier filter these leads lack):\n\n");
        sb.Append(Table(["Figure", "Seed report", "Recomputed here", "What it is"],
        [
            ["Conversion improvement", "+6.1%", $"{Signed(100 * l.Improvement)}%", "(d − c) / c of two point rates"],
            ["MQLs per month", "127 → 135, +8", $"{l.MqlsC} → {l.MqlsD}, {Signed(l.MqlsD - l.MqlsC, "0")}", "int(2,800 × rate), truncated before subtracting"],
            ["Statistical confidence", "66.1%", $"{Percent(l.Confidence.Confidence)} (loop), {Percent(l.Confidence.ClosedForm)} (closed form)", "P(one normal draw beats another), each rate ±10% assumed"],
            ["Rate 95% CI", "3.66–5.44%, 3.86–5.76%", $"{Range(l.Confidence.LowerC, l.Confidence.UpperC)}, {Range(l.Confidence.LowerD, l.Confidence.UpperD)}", "percentiles of the assumed ±10% draws"],
            ["MQLs (95% CI)", "127.7 [107, 150], 135.3 [114, 158]", $"{Number(l.DrawsC.Mean, "0.0")} [{Number(l.DrawsC.Lower, "0")}, {Number(l.DrawsC.Upper, "0")}], {Number(l.DrawsD.Mean, "0.0")} [{Number(l.DrawsD.Lower, "0")}, {Number(l.DrawsD.Upper, "0")}]", "Binomial(2,800, rate) draws: the rate taken as exact"],
            ["MQLs per year", "+91", Signed((Math.Round(l.DrawsD.Mean, 1) - Math.Round(l.DrawsC.Mean, 1)) * 12), "12 × the difference of the rounded means"],
        ]));
        sb.Append($"\n{Escape(l.Meaning)}\n");
        return sb.ToString();
    }
}
