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

    [Fact]
    public void A_lift_comparison_draws_one_bar_per_model_and_decile_in_the_models_colours_with_intervals()
    {
        LiftSeries Series(string name, double shift) => new(name, Enumerable.Range(0, 10)
            .Select(d => new LiftBar(d.ToString(System.Globalization.CultureInfo.InvariantCulture), 0.4 + 0.15 * d + shift, 0.2 + 0.15 * d + shift, 0.7 + 0.15 * d + shift)).ToArray());
        var svg = Svg(LiftComparisonChart.Of("lift by decile: v1 and v2", [Series("v1 (champion)", 0), Series("v2 (challenger)", 0.1)]));
        var rects = svg.Descendants().Where(e => e.Name.LocalName == "rect").ToList();
        // Ten bars per model plus its legend swatch.
        Assert.Equal(10 + 1, rects.Count(r => (string?)r.Attribute("fill") == "#90B4D8"));
        Assert.Equal(10 + 1, rects.Count(r => (string?)r.Attribute("fill") == "#2B6CB0"));
        var text = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("v2 (challenger)", text);
        Assert.Contains("95% interval", text);
        Assert.Throws<ArgumentException>(() => LiftComparisonChart.Of("x", [Series("a", 0), new LiftSeries("b", [new LiftBar("0", 1)])]));
    }

    [Fact]
    public void Binned_distributions_on_their_own_edges_are_drawn_as_densities()
    {
        var chart = DistributionChart.OfBins("scores", [new("v1", [0.0, 0.5, 1.0], [30, 70]), new("v2", [0.2, 0.4, 0.6, 0.8], [10, 80, 10])], "score");
        var svg = chart.Svg();
        Assert.Contains("density", svg);
        Assert.Contains("v2", svg);
        Assert.DoesNotContain("stroke-dasharray", svg);
        Assert.Throws<ArgumentException>(() => DistributionChart.OfBins("x", [new("v1", [0.0, 1.0], [1, 2])], "score"));
    }

    [Fact]
    public void A_power_curve_marks_its_points_on_a_logarithmic_axis_of_leads()
    {
        double[] leads = [100, 1_000, 10_000, 100_000];
        var svg = Svg(PowerCurveChart.Of("power", leads, [0.05, 0.1, 0.4, 0.95], 0.8,
            [new PowerMark("this backtest: 2,715 per arm", 2715, 0.07), new PowerMark("80% power: 100,137 per arm", 100_137, 0.8)]));
        var text = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("this backtest: 2,715 per arm", text);
        Assert.Contains("10,000", text);
        Assert.Contains("target power 80%", text);
        Assert.Throws<ArgumentException>(() => PowerCurveChart.Of("x", [100], [0.1], 0.8, []));
    }
}
