using System.Globalization;
using System.Text;
using LeadScore.Metrics;

namespace LeadScore.Cli.Demo;

/// <summary>
/// A decile lift chart as SVG: one bar per decile (lowest scores left), the published lift as a tick on each
/// bar when there is one, and the no-lift line at 1. Plain SVG, so any browser shows it.
/// </summary>
public static class DecileChart
{
    private const int Width = 720, Height = 380, Left = 60, Right = 20, Top = 50, Bottom = 50;

    public static string Svg(string title, DecileTable deciles, IReadOnlyList<PublishedDecile> published)
    {
        var rows = deciles.Rows;
        double max = Math.Max(2.0, Math.Ceiling(rows.Max(r => r.Lift) * 2) / 2);
        double plotWidth = Width - Left - Right, plotHeight = Height - Top - Bottom;
        double slot = plotWidth / rows.Count;
        double Y(double lift) => Top + plotHeight * (1 - lift / max);
        string N(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"24\" font-size=\"15\" font-weight=\"bold\">{Escape(title)}</text>");
        for (double tick = 0; tick <= max + 1e-9; tick += 0.5)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(Y(tick))}\" y2=\"{N(Y(tick))}\" stroke=\"#e5e5e5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{N(Y(tick) + 4)}\" text-anchor=\"end\">{N(tick)}×</text>");
        }
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            double x = Left + i * slot + slot * 0.15, w = slot * 0.7;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(Y(row.Lift))}\" width=\"{N(w)}\" height=\"{N(Y(0) - Y(row.Lift))}\" fill=\"{(row.Lift >= 1 ? "#2b6cb0" : "#90b4d8")}\"><title>decile {row.Decile}: {row.Conversions} of {row.Count} converted, lift {N(row.Lift)}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + w / 2)}\" y=\"{N(Y(row.Lift) - 5)}\" text-anchor=\"middle\">{row.Lift.ToString("F2", CultureInfo.InvariantCulture)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x + w / 2)}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{row.Decile}</text>");
            var p = published.FirstOrDefault(d => d.Decile == row.Decile);
            if (p is not null)
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x - 3)}\" x2=\"{N(x + w + 3)}\" y1=\"{N(Y(p.Lift))}\" y2=\"{N(Y(p.Lift))}\" stroke=\"#d97706\" stroke-width=\"2\"/>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{N(Y(1))}\" y2=\"{N(Y(1))}\" stroke=\"#444\" stroke-dasharray=\"5,4\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + plotWidth / 2}\" y=\"{Height - 12}\" text-anchor=\"middle\">score decile (0 = lowest scores); bars: lift = decile conversion rate / overall rate{(published.Count > 0 ? "; orange: published" : "")}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
