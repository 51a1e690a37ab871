using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.NormalTests;

namespace LeadScore.Tests.Metrics;

// Expected values: statsmodels 0.13.5 proportions_ztest([a, b], [n_a, n_b]) for Z and PValue, and the Katz interval
// exp(ln RR ± norm.ppf(0.975) · sqrt(1/a - 1/n_a + 1/b - 1/n_b)) in numpy (reference/make_statistics_reference.py,
// "## proportions_ztest"). Tolerance 1e-12 relative.
public class RateComparisonTests
{
    [Theory]
    [InlineData(40, 340, 93, 3060, 7.87279743756317, 3.467979116834724e-15, 3.870967741935484, 2.718961778202805, 5.511070945987909)]
    [InlineData(12, 200, 25, 300, -0.97644110858486, 0.32884591835286736, 0.72, 0.37040429086012705, 1.3995518215952834)]
    [InlineData(5, 1000, 5, 1000, 0.0, 1.0, 1.0, 0.2904025526323051, 3.4434959022765748)]
    public void Compare_matches_statsmodels_and_the_katz_interval(
        int a, int na, int b, int nb, double z, double p, double ratio, double lower, double upper)
    {
        var result = RateComparison.Compare(a, na, b, nb);
        AssertRelative(z, result.Z, 1e-12, "z");
        AssertRelative(p, result.PValue, 1e-11, "p");
        AssertRelative(ratio, result.RiskRatio, 1e-15, "risk ratio");
        AssertRelative(lower, result.RiskRatioLower, 1e-12, "lower");
        AssertRelative(upper, result.RiskRatioUpper, 1e-12, "upper");
    }

    [Fact]
    public void Hand_computed_comparison()
    {
        // 30/100 against 20/100: pooled p = 0.25, SE = sqrt(0.25·0.75·0.02) = 0.061237, z = 0.1 / 0.061237 = 1.632993.
        var result = RateComparison.Compare(30, 100, 20, 100);
        Assert.Equal(0.3, result.RateA);
        Assert.Equal(0.2, result.RateB);
        Assert.Equal(1.5, result.RiskRatio, 1e-15);
        Assert.Equal(0.1 / Math.Sqrt(0.25 * 0.75 * 0.02), result.Z, 1e-12);
        Assert.Equal(1.632993161855452, result.Z, 1e-12);
        // Katz: SE(ln RR) = sqrt(1/30 - 1/100 + 1/20 - 1/100) = sqrt(0.063333).
        var se = Math.Sqrt(1.0 / 30 - 0.01 + 0.05 - 0.01);
        Assert.Equal(Math.Exp(Math.Log(1.5) - 1.959963984540054 * se), result.RiskRatioLower, 1e-12);
        Assert.Equal(Math.Exp(Math.Log(1.5) + 1.959963984540054 * se), result.RiskRatioUpper, 1e-12);
    }

    [Fact]
    public void Zero_counts_give_an_undefined_interval_but_a_valid_test()
    {
        var noneInB = RateComparison.Compare(5, 100, 0, 100);
        Assert.Equal(double.PositiveInfinity, noneInB.RiskRatio);
        Assert.True(double.IsNaN(noneInB.RiskRatioLower) && double.IsNaN(noneInB.RiskRatioUpper));
        Assert.True(noneInB.Z > 0 && noneInB.PValue < 0.05);

        var none = RateComparison.Compare(0, 100, 0, 50);
        Assert.True(double.IsNaN(none.RiskRatio));
        Assert.Equal((0.0, 1.0), (none.Z, none.PValue));
        Assert.Throws<MetricsException>(() => RateComparison.Compare(1, 0, 1, 10));
    }
}
