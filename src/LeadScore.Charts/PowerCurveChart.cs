using System.Globalization;
using ScottPlot;

namespace LeadScore.Charts;

/// <summary>A point to mark on a power curve: what it is, its leads per arm and its power.</summary>
public sealed record PowerMark(string Label, double LeadsPerArm, double Power);

/// <summary>
/// The power of a two-rate test against the leads in each arm, on a logarithmic axis of leads: the curve, the target
/// power as a dashed line, and marked points (e.g. the backtest's own size, and the size the target needs).
/// </summary>
public static class PowerCurveChart
{
    private static readonly Color[] MarkColours = [ChartStyle.Reference, Color.FromHex("#2f855a"), Color.FromHex("#805ad5")];

    /// <param name="title">The chart's title.</param>
    /// <param name="leadsPerArm">Leads per arm of each curve point, increasing and positive.</param>
    /// <param name="power">The power at each of those sizes, in [0, 1].</param>
    /// <param name="target">The power a test should reach (e.g. 0.8).</param>
    /// <param name="marks">Points to mark on the curve.</param>
    public static Chart Of(string title, IReadOnlyList<double> leadsPerArm, IReadOnlyList<double> power, double target, IReadOnlyList<PowerMark> marks)
    {
        if (leadsPerArm.Count < 2 || leadsPerArm.Count != power.Count || leadsPerArm.Any(n => !(n > 0)))
            throw new ArgumentException("a power curve needs at least two points with positive leads per arm");
        var plot = ChartStyle.NewPlot(title, "leads per arm (logarithmic)", "power (chance the test detects the difference)");
        var xs = leadsPerArm.Select(Math.Log10).ToArray();
        var curve = plot.Add.ScatterLine(xs, power.ToArray());
        curve.LineColor = ChartStyle.Primary;
        curve.LineWidth = 2;
        curve.MarkerSize = 0;
        // Solid lines only: the SVG backend draws no dash pattern (and says so on stderr).
        plot.Add.HorizontalLine(target, 1f, ChartStyle.Ink);
        var legend = new List<LegendItem>
        {
            new() { LabelText = "power at the observed rates", LineColor = ChartStyle.Primary, LineWidth = 2 },
            new() { LabelText = $"target power {ChartStyle.Percent(target)}", LineColor = ChartStyle.Ink, LineWidth = 1f },
        };
        for (int i = 0; i < marks.Count; i++)
        {
            var colour = MarkColours[i % MarkColours.Length];
            double x = Math.Log10(marks[i].LeadsPerArm);
            var line = plot.Add.Line(x, 0, x, marks[i].Power);
            line.LineColor = colour;
            line.LineWidth = 1f;
            line.MarkerSize = 0;
            plot.Add.Marker(x, marks[i].Power, MarkerShape.FilledCircle, 10, colour);
            legend.Add(new() { LabelText = marks[i].Label, MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = colour, MarkerSize = 10 });
        }
        plot.ShowLegend(legend, Alignment.UpperLeft);
        int first = (int)Math.Floor(xs[0]), last = (int)Math.Ceiling(xs[^1]);
        var decades = Enumerable.Range(first, last - first + 1).ToArray();
        plot.Axes.Bottom.SetTicks(decades.Select(d => (double)d).ToArray(),
            decades.Select(d => Math.Pow(10, d).ToString("#,0", CultureInfo.InvariantCulture)).ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = ChartStyle.Percent };
        plot.Axes.SetLimits(xs[0], xs[^1], 0, 1.05);
        return new Chart(plot, ChartStyle.Width, ChartStyle.Height);
    }
}
