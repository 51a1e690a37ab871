using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.MetricsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values by hand from the definition: 1 + floor(100 * (r - 1) / n), r the 1-based ascending rank of the
// lowest row of the score's tie group (scipy.stats.rankdata(method='min') gives r).
public class PercentileTests
{
    [Fact]
    public void Tied_scores_share_the_value_of_their_lowest_rank()
    {
        // Sorted: 0.1 (r1), 0.2 x3 (r2), 0.5 x4 (r5), 0.9 x2 (r9); n = 10.
        Assert.Equal([41, 41, 41, 11, 11, 81, 81, 1, 41, 11], Percentile.Of(TiedScores));
    }

    [Fact]
    public void Identical_scores_all_get_1()
    {
        Assert.Equal([1, 1, 1, 1, 1, 1], Percentile.Of([0.3, 0.3, 0.3, 0.3, 0.3, 0.3]));
    }

    [Fact]
    public void One_hundred_distinct_scores_get_1_to_100_exactly_without_floating_point_slips()
    {
        var scores = Enumerable.Range(0, 100).Select(i => (double)i).Reverse().ToArray();
        Assert.Equal(Enumerable.Range(1, 100).Reverse(), Percentile.Of(scores));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(281_393)]
    [InlineData(12_345)]
    public void Without_ties_every_value_holds_one_percent_and_the_bottom_20_holds_a_fifth(int n)
    {
        var random = new RandomStream(7);
        var scores = Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
        var percentiles = Percentile.Of(scores);
        var counts = percentiles.CountBy(p => p).ToDictionary();
        Assert.Equal(Enumerable.Range(1, 100), counts.Keys.Order());
        Assert.All(counts.Values, c => Assert.InRange(c, n / 100, (n + 99) / 100));
        Assert.Equal((n + 4) / 5, percentiles.Count(Percentile.Deprioritized));
    }

    [Fact]
    public void A_higher_score_never_gets_a_lower_percentile()
    {
        var random = new RandomStream(11);
        var scores = Enumerable.Range(0, 5_000).Select(_ => Math.Round(random.NextDouble(), 2)).ToArray();
        var percentiles = Percentile.Of(scores);
        var order = Enumerable.Range(0, scores.Length).OrderBy(i => scores[i]).ToArray();
        for (int k = 1; k < order.Length; k++)
            Assert.True(percentiles[order[k]] >= percentiles[order[k - 1]]);
        Assert.All(scores.Select((s, i) => (s, i)).GroupBy(x => x.s), g => Assert.Single(g.Select(x => percentiles[x.i]).Distinct()));
    }
}
