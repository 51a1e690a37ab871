using System.Xml.Linq;
using LeadScore.Charts;

namespace LeadScore.Tests.Charts;

public class TimelineChartTests
{
    private static readonly TimelineCategory Waiting = new("candidate", TimelineTone.Waiting);
    private static readonly TimelineCategory Live = new("champion", TimelineTone.Live);
    private static readonly TimelineCategory Pulled = new("rolled back", TimelineTone.Pulled);

    private static DateTimeOffset Day(int month, int day) => new(2025, month, day, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_timeline_draws_one_band_per_span_in_its_tones_colour_with_the_legend_in_tone_order()
    {
        var now = Day(12, 31);
        TimelineRow[] rows =
        [
            new("v1", [new(Day(1, 1), Day(1, 10), Waiting), new(Day(1, 10), now, Live)]),
            new("v2", [new(Day(6, 1), Day(7, 1), Live), new(Day(7, 1), now, Pulled)]),
        ];
        var svg = XDocument.Parse(TimelineChart.Of("who was live when", rows, now, "now").Svg());
        var fills = svg.Descendants().Where(e => e.Name.LocalName == "rect").Select(r => (string?)r.Attribute("fill")).ToList();
        // Two live spans and one legend swatch; one span and one swatch each for the others.
        Assert.Equal(2 + 1, fills.Count(f => f == "#2F855A"));
        Assert.Equal(1 + 1, fills.Count(f => f == "#C53030"));
        Assert.Equal(1 + 1, fills.Count(f => f == "#CBD5E0"));
        var text = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();
        Assert.Contains("v1", text);
        Assert.Contains("2025-07", text);
        Assert.True(text.IndexOf("candidate") < text.IndexOf("champion") && text.IndexOf("champion") < text.IndexOf("rolled back"));
    }

    [Fact]
    public void A_timeline_of_moments_still_draws_and_an_empty_one_is_refused()
    {
        var now = Day(3, 1);
        var chart = TimelineChart.Of("x", [new("v1", [new(now, now, Live)])], now);
        Assert.Contains("champion", chart.Svg());
        Assert.Throws<ArgumentException>(() => TimelineChart.Of("x", [], now));
        Assert.Throws<ArgumentException>(() => TimelineChart.Of("x", [new("v1", [])], now));
    }
}
