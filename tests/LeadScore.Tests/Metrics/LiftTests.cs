using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.MetricsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: numpy 1.24.2 / pandas 1.5.3, y[s >= np.percentile(s, 100 - x)].mean() / y.mean()
// (reference/make_metrics_reference.py), compared exactly.
public class LiftTests
{
    [Theory]
    [InlineData(5, 1.25)]
    [InlineData(50, 1.25)]
    public void Top_percent_lift_matches_numpy_with_tied_scores(double percent, double expected) =>
        Assert.Equal(expected, Lift.TopPercent(TiedScores, TiedLabels, percent));

    [Theory]
    [InlineData(5, 4.261666311527807)]
    [InlineData(10, 4.261666311527807)]
    [InlineData(50, 1.3916079484950956)]
    public void Top_percent_lift_keeps_every_score_tied_at_the_threshold(double percent, double expected)
    {
        var (scores, labels) = GeneratedTied();
        Assert.Equal(expected, Lift.TopPercent(scores, labels, percent));
    }

    [Theory]
    [InlineData(5, 0.981578223810833)]
    [InlineData(10, 0.980203464393731)]
    [InlineData(50, 0.9961506736321143)]
    public void Top_percent_lift_matches_numpy_with_distinct_scores(double percent, double expected)
    {
        var (scores, labels) = GeneratedDistinct();
        Assert.Equal(expected, Lift.TopPercent(scores, labels, percent));
    }

    [Fact]
    public void Lift_above_quantile_is_top_percent_expressed_as_a_level()
    {
        var (scores, labels) = GeneratedDistinct();
        Assert.Equal(Lift.TopPercent(scores, labels, 10), Lift.AboveQuantile(scores, labels, 0.9));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.5)]
    public void Top_percent_lift_rejects_a_share_outside_zero_to_one_hundred(double percent)
    {
        var error = Assert.Throws<MetricsException>(() => Lift.TopPercent(TiedScores, TiedLabels, percent));
        Assert.Contains("is outside (0, 100]", error.Message);
    }
}
