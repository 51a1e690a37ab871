using ScottPlot;

namespace LeadScore.Charts;

/// <summary>One bar of a lift chart: its label, lift, an optional interval, and an optional published lift to mark.</summary>
public sealed record LiftBar(string Label, double Lift, double? Lower = null, double? Upper = null, double? Published = null);

/// <summary>
/// Lift by score decile (or any ordered group): a bar per group, coloured by whether it beats the average, its
/// interval as a whisker, a published figure as an orange tick, and the no-lift line at 1×.
/// </summary>
public static class LiftChart
{
    public static Chart Of(string title, IReadOnlyList<LiftBar> bars, string xLabel = "score decile (0 = lowest scores)")
    {
        var plot = ChartStyle.NewPlot(title, xLabel, "lift (decile conversion rate / overall rate)");
        var shapes = bars.Select((b, i) => new Bar
        {
            Position = i,
            Value = b.Lift,
            FillColor = b.Lift >= 1 ? ChartStyle.Primary : ChartStyle.Muted,
            LineWidth = 0,
            Size = 0.7,
        }).ToList();
        plot.Add.Bars(shapes);
        for (int i = 0; i < bars.Count; i++)
        {
            if (bars[i].Lower is { } low && bars[i].Upper is { } high) ChartStyle.Whisker(plot, i, low, high, 0.12);
            if (bars[i].Published is { } published)
            {
                var mark = plot.Add.Line(i - 0.42, published, i + 0.42, published);
                mark.LineColor = ChartStyle.Reference;
                mark.LineWidth = 3;
                mark.MarkerSize = 0;
            }
        }
        plot.Add.HorizontalLine(1, 1.5f, ChartStyle.Ink, LinePattern.Dashed);
        var legend = new List<LegendItem> { new() { LabelText = "lift", FillColor = ChartStyle.Primary } };
        if (bars.Any(b => b.Lower is not null)) legend.Add(new() { LabelText = "95% interval", LineColor = ChartStyle.Ink, LineWidth = 1.2f });
        if (bars.Any(b => b.Published is not null)) legend.Add(new() { LabelText = "published", LineColor = ChartStyle.Reference, LineWidth = 3 });
        legend.Add(new() { LabelText = "no lift (1×)", LineColor = ChartStyle.Ink, LinePattern = LinePattern.Dashed, LineWidth = 1.5f });
        plot.ShowLegend(legend, Alignment.UpperLeft);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, bars.Count).Select(i => (double)i).ToArray(), bars.Select(b => b.Label).ToArray());
        double top = bars.Max(b => Math.Max(b.Upper ?? b.Lift, b.Published ?? 0));
        plot.Axes.SetLimits(-0.6, bars.Count - 0.4, 0, Math.Max(2, Math.Ceiling(top * 2) / 2 + 0.25));
        return new Chart(plot, ChartStyle.Width, ChartStyle.Height);
    }
}
