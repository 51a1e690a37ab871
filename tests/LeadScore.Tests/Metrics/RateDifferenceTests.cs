using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.NormalTests;

namespace LeadScore.Tests.Metrics;

// Expected bounds: statsmodels 0.13.5 confint_proportions_2indep(b, n_b, a, n_a, method='newcomb', compare='diff',
// alpha=1 - level) (reference/make_backtest_reference.py, "## confint_proportions_2indep"). Tolerance 1e-12 relative.
public class RateDifferenceTests
{
    [Theory]
    [InlineData(86, 1891, 118, 2443, 0.95, -0.010144991512670069, 0.01537649015731033)]
    [InlineData(86, 1888, 118, 2442, 0.95, -0.010212065376579895, 0.015335693372412744)]
    [InlineData(0, 50, 0, 60, 0.95, -0.07134759913335872, 0.06017185214208986)]
    [InlineData(0, 200, 7, 180, 0.95, 0.011463066566559623, 0.07808477811507364)]
    [InlineData(30, 30, 25, 40, 0.9, -0.5050305153427723, -0.23399234416889814)]
    [InlineData(45, 1000, 45, 1000, 0.95, -0.01846717777304149, 0.01846717777304149)]
    [InlineData(12, 200, 25, 300, 0.99, -0.0440589302176652, 0.08257457635331722)]
    public void Newcombe_matches_statsmodels(int a, int na, int b, int nb, double level, double lower, double upper)
    {
        var result = RateDifference.Newcombe(a, na, b, nb, level);
        AssertRelative(lower, result.Lower, 1e-12, "lower");
        AssertRelative(upper, result.Upper, 1e-12, "upper");
        Assert.Equal((double)b / nb - (double)a / na, result.Difference);
        Assert.Equal(level, result.Level);
    }

    [Fact]
    public void The_seeds_survivors_are_consistent_with_no_difference()
    {
        var result = RateDifference.Newcombe(86, 1891, 118, 2443);
        Assert.Equal(
            "The challenger's rate is 0.28 percentage points higher (95% interval -1.01 to 1.54): " +
            "the data are consistent with no difference.",
            result.Meaning);
    }

    [Fact]
    public void Swapping_the_arms_negates_the_interval()
    {
        var forward = RateDifference.Newcombe(12, 200, 25, 300);
        var backward = RateDifference.Newcombe(25, 300, 12, 200);
        Assert.Equal(-forward.Difference, backward.Difference, 1e-15);
        Assert.Equal(-forward.Upper, backward.Lower, 1e-15);
        Assert.Equal(-forward.Lower, backward.Upper, 1e-15);
    }

    [Fact]
    public void A_clear_win_and_a_clear_loss_say_so()
    {
        Assert.EndsWith("the challenger converts better.", RateDifference.Newcombe(0, 200, 7, 180).Meaning);
        Assert.EndsWith("the challenger converts worse.", RateDifference.Newcombe(30, 30, 25, 40).Meaning);
    }

    [Theory]
    [InlineData(-1, 10, 1, 10)]
    [InlineData(11, 10, 1, 10)]
    [InlineData(1, 10, 1, 0)]
    public void Bad_counts_are_rejected(int a, int na, int b, int nb)
    {
        var error = Assert.Throws<MetricsException>(() => RateDifference.Newcombe(a, na, b, nb));
        Assert.Contains("successes", error.Message);
    }

    [Fact]
    public void A_level_outside_zero_to_one_is_rejected() =>
        Assert.Throws<MetricsException>(() => RateDifference.Newcombe(1, 10, 2, 10, 1.0));
}
