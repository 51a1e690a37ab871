using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.StatisticsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: reference/make_statistics_reference.py, "## ks_2samp" (scipy 1.10.1 ks_2samp(a, b, method='asymp'):
// statistic compared exactly, p-value to 1e-6 absolute and 1e-10 relative; observed 2e-15) and "## PSI" (its numpy psi(): np.quantile edges, np.unique,
// np.searchsorted(inner, v, side='left'), NaN bin, np.maximum(shares, 1e-4); tolerance 1e-12).
public class DriftTests
{
    [Theory]
    // Samples: Sample(n1, m1, mod1, shift1, scale1) against Sample(n2, m2, mod2, shift2, scale2). The comments name the
    // branch of scipy's kstwo.sf that the effective size en and en·D² select.
    [InlineData(3400, 7919, 1013, 0.0, 1.0, 3000, 104729, 997, 0.02, 1.0, 0.02064705882352935, 0.498589096226814)] // Pelz-Good
    [InlineData(3400, 7919, 1013, 0.0, 1.0, 3000, 104729, 997, 0.06, 1.0, 0.06066666666666667, 1.5285975370882704e-05)] // 2·Smirnov
    [InlineData(3400, 7919, 1013, 0.0, 1.0, 3000, 104729, 997, 0.004, 1.0, 0.005, 0.9999999999985407)] // Durbin matrix
    [InlineData(3400, 7919, 1013, 0.0, 1.0, 3000, 104729, 997, 0.0, 1.02, 0.020117647058823573, 0.5322608092382124)] // Pelz-Good
    [InlineData(200, 7919, 101, 0.0, 1.0, 150, 104729, 97, 0.05, 1.0, 0.06, 0.8977573953520601)] // n <= 140: Durbin
    [InlineData(200, 7919, 101, 0.0, 1.0, 150, 104729, 97, 0.15, 1.0, 0.16, 0.021681597086889486)] // Pomeranz
    [InlineData(200, 7919, 101, 0.0, 1.0, 150, 104729, 97, 0.30, 1.0, 0.30999999999999994, 7.727361488933668e-08)] // 2·Smirnov
    [InlineData(200, 7919, 101, 0.0, 1.0, 150, 104729, 97, 0.01, 1.0, 0.02, 0.9999999999995294)] // Durbin
    [InlineData(40, 7919, 37, 0.0, 1.0, 30, 104729, 29, 0.6, 1.0, 0.65, 1.514983131003701e-07)] // D >= 0.5: 2·Smirnov
    [InlineData(40, 7919, 37, 0.0, 1.0, 30, 104729, 29, 0.2, 1.0, 0.275, 0.12559309065719104)] // Pomeranz
    public void Kolmogorov_smirnov_matches_scipy_asymp(
        int n1, long m1, long mod1, double shift1, double scale1,
        int n2, long m2, long mod2, double shift2, double scale2,
        double statistic, double pValue)
    {
        var result = Drift.KolmogorovSmirnov(Sample(n1, m1, mod1, shift1, scale1), Sample(n2, m2, mod2, shift2, scale2));
        Assert.Equal(statistic, result.Statistic);
        Assert.Equal(pValue, result.PValue, 1e-6);
        Assert.True(Math.Abs(result.PValue - pValue) <= 1e-10 * pValue, $"p {result.PValue:R} vs {pValue:R}");
    }

    [Fact]
    public void Kolmogorov_smirnov_of_a_hand_case()
    {
        // a = {1, 2, 3}, b = {2.5, 4}: F_a - F_b at 1, 2, 2.5, 3, 4 = 1/3, 2/3, 2/3 - 1/2, 1 - 1/2, 0 -> D = 2/3.
        var result = Drift.KolmogorovSmirnov([3, 1, 2], [4, 2.5]);
        Assert.Equal(2.0 / 3.0, result.Statistic);
        Assert.Equal(0.0, Drift.KolmogorovSmirnov([1, 2, 3], [3, 2, 1]).Statistic);
        Assert.Equal(1.0, Drift.KolmogorovSmirnov([1, 2, 3], [3, 2, 1]).PValue);
        Assert.Throws<MetricsException>(() => Drift.KolmogorovSmirnov([1, double.NaN], [1]));
    }

    [Fact]
    public void Psi_matches_the_numpy_definition()
    {
        var expected = Sample(3400, 7919, 1013, 0.0, 1.0);
        var actual = Sample(3000, 104729, 997, 0.05, 1.0);
        Assert.Equal(0.05457278981309506, Drift.PopulationStabilityIndex(expected, actual), 1e-12);
        Assert.Equal(0.025215817292589284, Drift.PopulationStabilityIndex(expected, actual, 5), 1e-12);
        Assert.Equal(0.0, Drift.PopulationStabilityIndex(expected, expected));
        for (var i = 0; i < actual.Length; i += 50)
        {
            actual[i] = double.NaN;
        }

        Assert.Equal(0.15960572630899905, Drift.PopulationStabilityIndex(expected, actual), 1e-12);
    }

    [Fact]
    public void Psi_of_hand_cases_with_open_end_bins_and_a_missing_value_bin()
    {
        // Expected {1,2,3,4}, 2 bins: edges 1, 2.5, 4, so shares (1/2, 1/2). Actual {1,1,1,3}: (3/4, 1/4).
        var psi = Drift.PopulationStabilityIndex([1, 2, 3, 4], [1, 1, 1, 3], bins: 2);
        Assert.Equal(0.25 * Math.Log(1.5) + 0.25 * Math.Log(2.0), psi, 1e-15);

        // Actual {0, NaN, 3, 9}: 0 falls in the open low bin, 9 in the open high bin; the NaN bin holds 1/4 of actual,
        // none of expected, whose share is floored at 1e-4.
        var withMissing = Drift.PopulationStabilityIndex([1, 2, 3, 4], [0, double.NaN, 3, 9], bins: 2);
        var expectedValue = (0.25 - 0.5) * Math.Log(0.25 / 0.5) + 0.0 + (0.25 - 1e-4) * Math.Log(0.25 / 1e-4);
        Assert.Equal(expectedValue, withMissing, 1e-15);
    }

    [Fact]
    public void Psi_rejects_samples_without_values()
    {
        var error = Assert.Throws<MetricsException>(() => Drift.PopulationStabilityIndex([double.NaN], [0.5]));
        Assert.Equal("The expected sample has no non-NaN values; pass at least one number.", error.Message);
        Assert.Throws<MetricsException>(() => Drift.PopulationStabilityIndex([0.5], []));
        Assert.Throws<MetricsException>(() => Drift.PopulationStabilityIndex([0.5], [double.PositiveInfinity]));
    }
}
