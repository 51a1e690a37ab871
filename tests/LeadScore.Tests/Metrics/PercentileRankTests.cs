using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.MetricsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: pandas 1.5.3 (rank(pct=True, method='min') * 100).astype(int)
// (reference/make_metrics_reference.py).
public class PercentileRankTests
{
    [Fact]
    public void Tied_scores_share_the_lowest_rank_like_pandas() =>
        Assert.Equal([50, 50, 50, 20, 20, 90, 90, 10, 50, 20], PercentileRank.Compute(TiedScores));

    [Fact]
    public void Identical_scores_all_get_the_first_rank() =>
        Assert.Equal([16, 16, 16, 16, 16, 16], PercentileRank.Compute([0.3, 0.3, 0.3, 0.3, 0.3, 0.3]));

    [Fact]
    public void Truncation_follows_pandas_floating_point_arithmetic()
    {
        var scores = Enumerable.Range(0, 100).Select(i => (double)i).ToArray();
        var expected = Enumerable.Range(1, 100).ToArray();

        // pandas: 29/100*100 = 28.999999999999996 -> 28, and likewise ranks 57 and 58.
        expected[28] = 28;
        expected[56] = 56;
        expected[57] = 57;
        Assert.Equal(expected, PercentileRank.Compute(scores));
    }

    [Fact]
    public void The_lowest_of_many_scores_ranks_zero_and_the_highest_one_hundred()
    {
        var scores = Enumerable.Range(0, 1000).Select(i => i / 1000.0).ToArray();
        var ranks = PercentileRank.Compute(scores);
        Assert.Equal(0, ranks[0]);
        Assert.Equal(100, ranks[^1]);
    }
}
