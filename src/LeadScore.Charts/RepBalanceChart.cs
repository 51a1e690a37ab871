using ScottPlot;

namespace LeadScore.Charts;

/// <summary>One rep's bar: the expected conversions each tier brings (in the order of the tiers given), and a comparison total to mark.</summary>
public sealed record RepBar(string Rep, IReadOnlyList<double> TierConversions, double? Comparison = null);

/// <summary>
/// Per-rep balance of a lead list: one stacked bar per rep whose height is the rep's expected conversions and whose
/// segments are what each tier contributes (so the tier mix shows too), with the comparison assignment's total for the
/// same rep marked as an orange tick (e.g. the original's round-robin on the same pool).
/// </summary>
public static class RepBalanceChart
{
    private static readonly Color[] TierColours =
        new[] { "#1e3a8a", "#2b6cb0", "#3b82f6", "#60a5fa", "#0f766e", "#14b8a6", "#a3a3a3", "#d4d4d4", "#7c3aed", "#c084fc" }
            .Select(Color.FromHex).ToArray();

    public static Chart Of(string title, IReadOnlyList<string> tiers, IReadOnlyList<RepBar> reps, string comparisonLabel = "round-robin")
    {
        var plot = ChartStyle.NewPlot(title, "sales rep", "expected conversions");
        var bars = new List<Bar>();
        for (int r = 0; r < reps.Count; r++)
        {
            double bottom = 0;
            for (int t = 0; t < tiers.Count; t++)
            {
                double value = reps[r].TierConversions[t];
                if (value <= 0) continue;
                bars.Add(new Bar { Position = r, ValueBase = bottom, Value = bottom + value, FillColor = TierColours[t % TierColours.Length], LineWidth = 0, Size = 0.7 });
                bottom += value;
            }
            if (reps[r].Comparison is { } other)
            {
                var mark = plot.Add.Line(r - 0.42, other, r + 0.42, other);
                mark.LineColor = ChartStyle.Reference;
                mark.LineWidth = 3;
                mark.MarkerSize = 0;
            }
        }
        plot.Add.Bars(bars);
        var legend = tiers.Select((t, i) => new LegendItem { LabelText = t, FillColor = TierColours[i % TierColours.Length] }).ToList();
        if (reps.Any(r => r.Comparison is not null)) legend.Add(new() { LabelText = comparisonLabel, LineColor = ChartStyle.Reference, LineWidth = 3 });
        plot.Legend.ManualItems.AddRange(legend);
        plot.ShowLegend(Edge.Right);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, reps.Count).Select(i => (double)i).ToArray(), reps.Select(r => r.Rep).ToArray());
        plot.Axes.Bottom.TickLabelStyle.Rotation = -40;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
        plot.Axes.Bottom.MinimumSize = 130;
        double top = reps.Max(r => Math.Max(r.TierConversions.Sum(), r.Comparison ?? 0));
        plot.Axes.SetLimits(-0.6, reps.Count - 0.4, 0, top * 1.08 + 0.1);
        return new Chart(plot, ChartStyle.Width + 300, ChartStyle.Height + 100);
    }
}
