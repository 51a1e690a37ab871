using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.MetricsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: numpy 1.24.2 quantile/percentile, method='linear' (reference/make_metrics_reference.py).
public class QuantileTests
{
    [Fact]
    public void Quantile_uses_numpys_upper_lerp_branch_when_the_fraction_is_at_least_one_half()
    {
        double[] scores = [0.025780530297874193, 0.06323346856577716, 0.1993846159764232, 0.33265673930353457,
                           0.42773063663748223, 0.727056191558673, 0.9914220815384828];

        // numpy: b - (b - a) * (1 - t) gives ...949; the naive a + (b - a) * t would give ...9494.
        Assert.Equal(0.05309476569950949, Quantile.Linear(scores, 0.12154914347109003));
    }

    [Fact]
    public void Quantile_of_float32_scores_rounds_the_bracket_difference_like_numpy_float32()
    {
        var scores = Widen([1e-10f, 1.0f]);
        Assert.Equal(0.3000000001, Quantile.Linear(scores, 0.3, ScorePrecision.Single));
        Assert.Equal(0.30000000007, Quantile.Linear(scores, 0.3, ScorePrecision.Double));
    }

    [Theory]
    [InlineData(10, 0.19)]
    [InlineData(25, 0.2)]
    [InlineData(50, 0.5)]
    [InlineData(90, 0.9)]
    public void Percentile_of_tied_scores_matches_numpy(double percent, double expected) =>
        Assert.Equal(expected, Quantile.Linear(TiedScores, percent / 100));

    [Fact]
    public void Quantiles_zero_and_one_are_the_lowest_and_highest_scores()
    {
        Assert.Equal(0.1, Quantile.Linear(TiedScores, 0.0));
        Assert.Equal(0.9, Quantile.Linear(TiedScores, 1.0));
    }

    [Fact]
    public void Quantile_of_a_single_score_is_that_score() =>
        Assert.Equal(0.42, Quantile.Linear([0.42], 0.7));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Quantile_rejects_a_level_outside_zero_to_one(double quantile)
    {
        var error = Assert.Throws<MetricsException>(() => Quantile.Linear(TiedScores, quantile));
        Assert.Contains("is outside [0, 1]", error.Message);
    }
}
