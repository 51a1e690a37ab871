using System.Globalization;
using ScottPlot;

namespace LeadScore.Charts;

/// <summary>One bar of a PSI chart: what drifted (a feature, or the score) and its population stability index.</summary>
public sealed record PsiBar(string Label, double Psi);

/// <summary>
/// How far each feature of a scoring run drifted from the model's training rows: one horizontal bar per feature, largest
/// at the top, coloured by the threshold it crosses (amber from the warning, red from the failure), with both thresholds
/// drawn as vertical lines.
/// </summary>
public static class PsiChart
{
    private static readonly Color Warn = Color.FromHex("#b7791f");
    private static readonly Color Fail = Color.FromHex("#c53030");

    public static Chart Of(string title, IReadOnlyList<PsiBar> bars, double warn = 0.1, double fail = 0.25)
    {
        if (bars.Count == 0 || bars.Any(b => !double.IsFinite(b.Psi) || b.Psi < 0)) throw new ArgumentException("a PSI chart needs bars with finite, non-negative PSI");
        var plot = ChartStyle.NewPlot(title, "PSI against the model's training rows", "");
        var ordered = bars.OrderBy(b => b.Psi).ThenByDescending(b => b.Label, StringComparer.Ordinal).ToList();
        var shapes = ordered.Select((b, i) => new Bar
        {
            Position = i,
            Value = b.Psi,
            FillColor = b.Psi >= fail ? Fail : b.Psi >= warn ? Warn : ChartStyle.Primary,
            LineWidth = 0,
            Size = 0.7,
        }).ToList();
        plot.Add.Bars(shapes).Horizontal = true;
        // Solid: the SVG backend draws no dash pattern.
        plot.Add.VerticalLine(warn, 1.5f, Warn);
        plot.Add.VerticalLine(fail, 1.5f, Fail);
        string F(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
        plot.ShowLegend([
            new LegendItem { LabelText = "PSI below the warning", FillColor = ChartStyle.Primary },
            new LegendItem { LabelText = $"warning (PSI ≥ {F(warn)})", LineColor = Warn, LineWidth = 1.5f },
            new LegendItem { LabelText = $"failure (PSI ≥ {F(fail)})", LineColor = Fail, LineWidth = 1.5f },
        ], Alignment.LowerRight);
        plot.Axes.Left.SetTicks(Enumerable.Range(0, ordered.Count).Select(i => (double)i).ToArray(), ordered.Select(b => b.Label).ToArray());
        plot.Axes.Left.MinimumSize = 190;
        double right = Math.Max(fail * 1.2, ordered[^1].Psi * 1.08);
        plot.Axes.SetLimits(0, right, -0.6, ordered.Count - 0.4);
        return new Chart(plot, ChartStyle.Width, Math.Max(260, 110 + 22 * ordered.Count));
    }
}
