using ScottPlot;

namespace LeadScore.Charts;

/// <summary>One period's rate: its label (e.g. "week 2"), the rate and its interval.</summary>
public sealed record RatePoint(string Label, double Rate, double Lower, double Upper);

/// <summary>One model's rates over the same periods as every other series of the chart.</summary>
public sealed record RateSeries(string Name, IReadOnlyList<RatePoint> Points);

/// <summary>
/// Conversion rates period by period (e.g. by week of contact): each series a line through its rates, every rate with
/// its interval as a whisker (series side by side within a period), and a reference rate as a horizontal line.
/// </summary>
public static class RateTrendChart
{
    private static readonly Color[] Colours = [ChartStyle.Primary, ChartStyle.Reference, Color.FromHex("#2f855a"), Color.FromHex("#805ad5")];

    public static Chart Of(string title, IReadOnlyList<RateSeries> series, string xLabel, double? reference = null, string referenceLabel = "baseline")
    {
        if (series.Count == 0 || series[0].Points.Count == 0 || series.Any(s => s.Points.Count != series[0].Points.Count))
            throw new ArgumentException("every series needs one rate per period, the same periods for all");
        var plot = ChartStyle.NewPlot(title, xLabel, "conversion rate (95% interval)");
        int periods = series[0].Points.Count;
        double step = series.Count == 1 ? 0 : Math.Min(0.12, 0.5 / series.Count);
        var legend = new List<LegendItem>();
        for (int s = 0; s < series.Count; s++)
        {
            var colour = Colours[s % Colours.Length];
            double offset = (s - (series.Count - 1) / 2.0) * step;
            var xs = Enumerable.Range(0, periods).Select(i => i + offset).ToArray();
            foreach (var (p, x) in series[s].Points.Zip(xs)) ChartStyle.Whisker(plot, x, p.Lower, p.Upper, 0.05);
            var line = plot.Add.ScatterLine(xs, series[s].Points.Select(p => p.Rate).ToArray());
            line.LineColor = colour;
            line.LineWidth = 2;
            line.MarkerSize = 0;
            plot.Add.Markers(xs, series[s].Points.Select(p => p.Rate).ToArray(), MarkerShape.FilledCircle, 9, colour);
            legend.Add(new() { LabelText = series[s].Name, LineColor = colour, LineWidth = 2, MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = colour, MarkerSize = 9 });
        }
        legend.Add(new() { LabelText = "95% interval", LineColor = ChartStyle.Ink, LineWidth = 1.2f });
        if (reference is { } r)
        {
            // Solid: the SVG backend draws no dash pattern.
            plot.Add.HorizontalLine(r, 1f, Color.FromHex("#777777"));
            legend.Add(new() { LabelText = referenceLabel, LineColor = Color.FromHex("#777777"), LineWidth = 1f });
        }
        plot.ShowLegend(legend, Alignment.UpperRight);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, periods).Select(i => (double)i).ToArray(), series[0].Points.Select(p => p.Label).ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = ChartStyle.Percent };
        double top = Math.Max(series.SelectMany(s => s.Points).Max(p => p.Upper), reference ?? 0);
        plot.Axes.SetLimits(-0.6, periods - 0.4, 0, top * 1.15 + 0.005);
        return new Chart(plot, ChartStyle.Width, ChartStyle.Height);
    }
}
