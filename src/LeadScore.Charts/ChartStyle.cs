using ScottPlot;

namespace LeadScore.Charts;

/// <summary>The house style: one sans-serif font, white background, light grid, and the few colours every chart shares.</summary>
internal static class ChartStyle
{
    public const int Width = 760, Height = 420;

    /// <summary>Bars and points of the main series.</summary>
    public static readonly Color Primary = Color.FromHex("#2b6cb0");

    /// <summary>A bar below its reference (e.g. a decile converting below the average).</summary>
    public static readonly Color Muted = Color.FromHex("#90b4d8");

    /// <summary>A published or reference figure drawn over ours.</summary>
    public static readonly Color Reference = Color.FromHex("#d97706");

    public static readonly Color Ink = Color.FromHex("#222222");

    /// <summary>A share as a percentage label without a space: 0.05 → "5%".</summary>
    public static string Percent(double share) => (share * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%";

    public static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#e5e5e5");
        plot.Title(title, 14);
        plot.XLabel(xLabel, 12);
        plot.YLabel(yLabel, 12);
        return plot;
    }

    /// <summary>A vertical interval with small caps at both ends.</summary>
    public static void Whisker(Plot plot, double x, double low, double high, double capHalfWidth)
    {
        foreach (var line in new[] { plot.Add.Line(x, low, x, high), plot.Add.Line(x - capHalfWidth, low, x + capHalfWidth, low), plot.Add.Line(x - capHalfWidth, high, x + capHalfWidth, high) })
        {
            line.LineColor = Ink;
            line.LineWidth = 1.2f;
            line.MarkerSize = 0;
        }
    }
}
