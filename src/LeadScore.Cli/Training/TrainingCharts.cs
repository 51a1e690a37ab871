using System.Globalization;
using System.Text;
using LeadScore.Training;
using LeadScore.Training.Evaluation;

namespace LeadScore.Cli.Training;

/// <summary>
/// SVG charts of an evaluation: TEST lift by decile with Wilson 95% whiskers, and a reliability diagram
/// (predicted against observed conversion, with intervals). Plain SVG, so any browser shows them.
/// </summary>
public static class TrainingCharts
{
    private const int Width = 720, Height = 400, Left = 64, Right = 24, Top = 50, Bottom = 56;

    /// <summary>The charts a model directory carries, by file name.</summary>
    public static IReadOnlyDictionary<string, byte[]> For(TrainingResult result) => For(result.TestReport);

    public static IReadOnlyDictionary<string, byte[]> For(EvaluationReport report) => new Dictionary<string, byte[]>
    {
        [$"{report.Set}-lift.svg"] = Encoding.UTF8.GetBytes(Lift(report)),
        [$"{report.Set}-reliability.svg"] = Encoding.UTF8.GetBytes(Reliability(report)),
    };

    public static string Lift(EvaluationReport report)
    {
        var deciles = report.Deciles;
        double Upper(DecileLine d) => d.RateUpper / report.BaseRate;
        double max = Math.Max(2.0, Math.Ceiling(deciles.Max(Upper) * 2) / 2);
        var svg = Begin($"{report.Set} lift by decile: AUC {report.Auc.Auc:F4} [{report.Auc.Lower:F4}, {report.Auc.Upper:F4}], top decile {report.TopDecileLift.Estimate:F2}x [{report.TopDecileLift.Lower:F2}, {report.TopDecileLift.Upper:F2}]");
        double slot = PlotWidth / deciles.Count;
        double Y(double v) => Top + PlotHeight * (1 - v / max);
        Grid(svg, max, 0.5, Y, v => N(v) + "×");
        for (int i = 0; i < deciles.Count; i++)
        {
            var d = deciles[i];
            double x = Left + i * slot + slot * 0.15, w = slot * 0.7, mid = x + w / 2;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(Y(d.Lift))}\" width=\"{N(w)}\" height=\"{N(Y(0) - Y(d.Lift))}\" fill=\"{(d.Lift >= 1 ? "#2b6cb0" : "#90b4d8")}\"><title>decile {d.Decile}: {d.Conversions} of {d.Rows} converted</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(mid)}\" x2=\"{N(mid)}\" y1=\"{N(Y(d.RateLower / report.BaseRate))}\" y2=\"{N(Y(Upper(d)))}\" stroke=\"#222\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(mid)}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{d.Decile}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(Y(1))}\" y2=\"{N(Y(1))}\" stroke=\"#444\" stroke-dasharray=\"5,4\"/>");
        return End(svg, "score decile (0 = lowest); bar: lift; whisker: Wilson 95% interval; dashed: no lift");
    }

    public static string Reliability(EvaluationReport report)
    {
        var bins = report.Calibration.Bins;
        double max = Math.Max(0.02, Math.Ceiling(bins.Max(b => Math.Max(b.ObservedUpper, b.MeanPredicted)) * 50) / 50);
        var svg = Begin($"{report.Set} reliability ({report.Calibration.Scores}): Brier {report.Calibration.Brier:F4}, expected {report.Calibration.ExpectedConversions:F0} vs actual {report.Calibration.ActualConversions}");
        double X(double v) => Left + PlotWidth * v / max;
        double Y(double v) => Top + PlotHeight * (1 - v / max);
        Grid(svg, max, max / 5, Y, v => v.ToString("P0", CultureInfo.InvariantCulture));
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(X(0))}\" y1=\"{N(Y(0))}\" x2=\"{N(X(max))}\" y2=\"{N(Y(max))}\" stroke=\"#444\" stroke-dasharray=\"5,4\"/>");
        foreach (var b in bins)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(X(b.MeanPredicted))}\" x2=\"{N(X(b.MeanPredicted))}\" y1=\"{N(Y(b.ObservedLower))}\" y2=\"{N(Y(b.ObservedUpper))}\" stroke=\"#222\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(X(b.MeanPredicted))}\" cy=\"{N(Y(b.ObservedRate))}\" r=\"5\" fill=\"#2b6cb0\"><title>bin {b.Bin}: {b.Count} leads, predicted {b.MeanPredicted:P2}, observed {b.ObservedRate:P2}</title></circle>");
        }
        for (double t = 0; t <= max + 1e-12; t += max / 5)
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(t))}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{t.ToString("P0", CultureInfo.InvariantCulture)}</text>");
        return End(svg, "mean predicted probability per bin (x) against observed conversion (y), Wilson 95%; dashed: perfect calibration");
    }

    private static double PlotWidth => Width - Left - Right;

    private static double PlotHeight => Height - Top - Bottom;

    private static StringBuilder Begin(string title)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"24\" font-size=\"14\" font-weight=\"bold\">{Escape(title)}</text>");
        return svg;
    }

    private static void Grid(StringBuilder svg, double max, double step, Func<double, double> y, Func<double, string> label)
    {
        for (double tick = 0; tick <= max + 1e-12; tick += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(y(tick))}\" y2=\"{N(y(tick))}\" stroke=\"#e5e5e5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{N(y(tick) + 4)}\" text-anchor=\"end\">{label(tick)}</text>");
        }
    }

    private static string End(StringBuilder svg, string caption)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + PlotWidth / 2}\" y=\"{Height - 14}\" text-anchor=\"middle\">{Escape(caption)}</text>");
        return svg.Append("</svg>").ToString();
    }

    private static string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
