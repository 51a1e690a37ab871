using System.Xml.Linq;
using LeadScore.Charts;

namespace LeadScore.Tests.Charts;

public class ChartTests
{
    private static XDocument Svg(Chart chart) => XDocument.Parse(chart.Svg());

    [Fact]
    public void A_lift_chart_draws_one_bar_per_decile_coloured_by_the_average_with_intervals_and_published_marks()
    {
        var bars = Enumerable.Range(0, 10).Select(d => new LiftBar(d.ToString(System.Globalization.CultureInfo.InvariantCulture), 0.3 + 0.2 * d,
            0.1 + 0.2 * d, 0.6 + 0.2 * d, d == 9 ? 2.0 : null)).ToArray();
        var svg = Svg(LiftChart.Of("v4.1.0_r3: lift by decile", bars));
        var rects = svg.Descendants().Where(e => e.Name.LocalName == "rect").ToList();
        // Lifts 0.3..2.1 step 0.2: 0.3, 0.5, 0.7, 0.9 are below 1 (muted), six are at or above (primary), plus the legend swatch.
        Assert.Equal(4, rects.Count(r => (string?)r.Attribute("fill") == "#90B4D8"));
        Assert.Equal(6 + 1, rects.Count(r => (string?)r.Attribute("fill") == "#2B6CB0"));
        var text = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("v4.1.0_r3: lift by decile", text);
        Assert.Contains("published", text);
        Assert.Contains("95% interval", text);
        Assert.Contains("D97706", svg.ToString());
    }

    [Fact]
    public void A_reliability_chart_and_its_png_render()
    {
        var chart = ReliabilityChart.Of("test reliability", [new(0.01, 0.012, 0.005, 0.02), new(0.05, 0.04, 0.03, 0.06)]);
        Assert.Contains("perfect calibration", chart.Svg());
        var png = chart.Png();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Equal(png, chart.Encode("reliability.png"));
        Assert.StartsWith("<?xml", System.Text.Encoding.UTF8.GetString(chart.Encode("reliability.svg")));
    }
}
