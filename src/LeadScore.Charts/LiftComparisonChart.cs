using ScottPlot;

namespace LeadScore.Charts;

/// <summary>One model's bars in a lift comparison: its name and one <see cref="LiftBar"/> per group (the same groups, in the same order, for every model).</summary>
public sealed record LiftSeries(string Name, IReadOnlyList<LiftBar> Bars);

/// <summary>
/// Lift by score decile of several models side by side (e.g. the champion and the challenger of a backtest): one bar
/// per model in each group, a colour per model, each bar's interval as a whisker, and the no-lift line at 1×.
/// </summary>
public static class LiftComparisonChart
{
    private static readonly Color[] Colours = [ChartStyle.Muted, ChartStyle.Primary, ChartStyle.Reference, Color.FromHex("#2f855a")];

    public static Chart Of(string title, IReadOnlyList<LiftSeries> series, string xLabel = "score decile (0 = lowest scores)")
    {
        if (series.Count == 0 || series.Any(s => s.Bars.Count != series[0].Bars.Count))
            throw new ArgumentException("every series needs one bar per group, the same groups for all");
        var plot = ChartStyle.NewPlot(title, xLabel, "lift (decile conversion rate / overall rate)");
        int groups = series[0].Bars.Count;
        double width = 0.8 / series.Count;
        var legend = new List<LegendItem>();
        for (int s = 0; s < series.Count; s++)
        {
            var colour = Colours[s % Colours.Length];
            double offset = -0.4 + width * (s + 0.5);
            plot.Add.Bars(series[s].Bars.Select((b, i) => new Bar { Position = i + offset, Value = b.Lift, FillColor = colour, LineWidth = 0, Size = width * 0.9 }).ToList());
            for (int i = 0; i < groups; i++)
                if (series[s].Bars[i].Lower is { } low && series[s].Bars[i].Upper is { } high) ChartStyle.Whisker(plot, i + offset, low, high, width * 0.2);
            legend.Add(new() { LabelText = series[s].Name, FillColor = colour });
        }
        // Solid: the SVG backend draws no dash pattern (and says so on stderr).
        plot.Add.HorizontalLine(1, 1f, Color.FromHex("#777777"));
        if (series.Any(s => s.Bars.Any(b => b.Lower is not null))) legend.Add(new() { LabelText = "95% interval", LineColor = ChartStyle.Ink, LineWidth = 1.2f });
        legend.Add(new() { LabelText = "no lift (1×)", LineColor = Color.FromHex("#777777"), LineWidth = 1f });
        plot.ShowLegend(legend, Alignment.UpperLeft);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, groups).Select(i => (double)i).ToArray(), series[0].Bars.Select(b => b.Label).ToArray());
        double top = series.SelectMany(s => s.Bars).Max(b => b.Upper ?? b.Lift);
        plot.Axes.SetLimits(-0.6, groups - 0.4, 0, Math.Max(2, Math.Ceiling(top * 2) / 2 + 0.25));
        return new Chart(plot, ChartStyle.Width, ChartStyle.Height);
    }
}
