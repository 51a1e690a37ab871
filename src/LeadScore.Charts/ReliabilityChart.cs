using ScottPlot;

namespace LeadScore.Charts;

/// <summary>One bin of a reliability diagram: the mean predicted probability and the observed rate with its interval.</summary>
public sealed record ReliabilityPoint(double Predicted, double Observed, double Lower, double Upper);

/// <summary>Predicted against observed conversion per bin, with intervals, beside the diagonal of perfect calibration.</summary>
public static class ReliabilityChart
{
    public static Chart Of(string title, IReadOnlyList<ReliabilityPoint> points)
    {
        var plot = ChartStyle.NewPlot(title, "mean predicted probability", "observed conversion rate (Wilson 95%)");
        double max = Math.Max(0.02, Math.Ceiling(points.Max(p => Math.Max(p.Upper, p.Predicted)) * 50) / 50);
        var diagonal = plot.Add.Line(0, 0, max, max);
        diagonal.LineColor = ChartStyle.Ink;
        diagonal.LinePattern = LinePattern.Dashed;
        diagonal.MarkerSize = 0;
        foreach (var p in points) ChartStyle.Whisker(plot, p.Predicted, p.Lower, p.Upper, max / 150);
        plot.Add.Markers(points.Select(p => p.Predicted).ToArray(), points.Select(p => p.Observed).ToArray(), MarkerShape.FilledCircle, 9, ChartStyle.Primary);
        plot.ShowLegend([
            new LegendItem { LabelText = "bins", MarkerShape = MarkerShape.FilledCircle, MarkerFillColor = ChartStyle.Primary, MarkerSize = 9 },
            new LegendItem { LabelText = "perfect calibration", LineColor = ChartStyle.Ink, LinePattern = LinePattern.Dashed, LineWidth = 1 },
        ], Alignment.UpperLeft);
        var percent = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = ChartStyle.Percent };
        plot.Axes.Bottom.TickGenerator = percent;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = percent.LabelFormatter };
        plot.Axes.SetLimits(0, max, 0, max);
        return new Chart(plot, ChartStyle.Width, ChartStyle.Height);
    }
}
