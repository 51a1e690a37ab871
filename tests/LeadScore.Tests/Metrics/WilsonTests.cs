using LeadScore.Metrics;

namespace LeadScore.Tests.Metrics;

// Expected values: statsmodels 0.13.5 proportion_confint(x, n, alpha=1 - level, method='wilson')
// (reference/make_statistics_reference.py, "## statsmodels proportion_confint"). Tolerance 1e-14 absolute;
// statsmodels' 0/n lower bound is 6.9e-18 from rounding, ours exactly 0.
public class WilsonTests
{
    [Theory]
    [InlineData(0, 50, 0.95, 6.938893903907228e-18, 0.07134759913335872)]
    [InlineData(50, 50, 0.95, 0.9286524008666414, 1.0)]
    [InlineData(133, 3400, 0.95, 0.03310398962232787, 0.04617157655347877)]
    [InlineData(7, 20, 0.9, 0.202260040056761, 0.5334873111515284)]
    [InlineData(1, 1, 0.99, 0.13097754328018596, 1.0)]
    [InlineData(13, 340, 0.95, 0.022478835270633307, 0.06430959019453378)]
    public void Interval_matches_statsmodels_wilson(int successes, int trials, double level, double lower, double upper)
    {
        var result = Wilson.Interval(successes, trials, level);
        Assert.Equal(lower, result.Lower, 1e-14);
        Assert.Equal(upper, result.Upper, 1e-14);
        Assert.Equal((double)successes / trials, result.Rate);
        Assert.True(result.Lower <= result.Rate && result.Rate <= result.Upper);
    }

    [Fact]
    public void Interval_is_exactly_zero_and_one_at_the_extremes()
    {
        Assert.Equal(0.0, Wilson.Interval(0, 50).Lower);
        Assert.Equal(1.0, Wilson.Interval(50, 50).Upper);
    }

    [Fact]
    public void Hand_computed_case_one_success_in_four_at_95()
    {
        // p = 0.25, z = 1.959963984540054: center = (0.25 + z²/8) / (1 + z²/4), half = z·sqrt(0.25·0.75/4 + z²/64) / (1 + z²/4).
        const double z = 1.959963984540054;
        var denominator = 1 + z * z / 4;
        var center = (0.25 + z * z / 8) / denominator;
        var half = z * Math.Sqrt(0.046875 + z * z / 64) / denominator;
        var result = Wilson.Interval(1, 4);
        Assert.Equal(center - half, result.Lower, 1e-15);
        Assert.Equal(center + half, result.Upper, 1e-15);
        Assert.Equal(0.0455872608097006, result.Lower, 1e-15);
        Assert.Equal(0.6993581574175982, result.Upper, 1e-15); // statsmodels proportion_confint(1, 4, method="wilson")
    }

    [Fact]
    public void Interval_rejects_impossible_counts()
    {
        var error = Assert.Throws<MetricsException>(() => Wilson.Interval(5, 4));
        Assert.Equal("Got 5 successes in 4 trials; pass at least 1 trial and a success count from 0 to the trials.", error.Message);
        Assert.Throws<MetricsException>(() => Wilson.Interval(0, 0));
        Assert.Throws<MetricsException>(() => Wilson.Interval(-1, 4));
        Assert.Throws<MetricsException>(() => Wilson.Interval(1, 4, 1.0));
    }
}
