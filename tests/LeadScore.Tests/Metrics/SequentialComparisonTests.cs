using LeadScore.Metrics;

namespace LeadScore.Tests.Metrics;

// Expected likelihood ratios: Johari et al.'s normal mixture written out in Python (math only):
//   p = (a + b) / (na + nb); V = p (1 - p) (1/na + 1/nb); d = b/nb - a/na
//   Λ = sqrt(V / (V + τ²)) · exp(τ² d² / (2 V (V + τ²)))
public class SequentialComparisonTests
{
    [Theory]
    [InlineData(10, 200, 20, 210, 0.05, 1.5530118402055362)]
    [InlineData(14, 140, 28, 140, 0.05, 3.177487497545778)]
    [InlineData(30, 1000, 30, 1000, 0.02, 0.3563969263285872)]
    [InlineData(5, 100, 0, 90, 0.1, 2.0286385444432065)]
    public void The_likelihood_ratio_is_the_normal_mixture_of_johari_et_al(int a, int na, int b, int nb, double tau, double expected)
    {
        var look = SequentialComparison.Mixture(a, na, b, nb, tau);
        Assert.Equal(expected, look.LikelihoodRatio, expected * 1e-13);
        Assert.Equal((double)b / nb - (double)a / na, look.Difference);
        Assert.Equal(Math.Min(1, 1 / expected), look.PValue, 1e-13);
    }

    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(0, 50, 0, 60)]
    [InlineData(3, 50, 0, 0)]
    [InlineData(50, 50, 60, 60)]
    public void Without_trials_or_without_variation_there_is_no_evidence(int a, int na, int b, int nb)
    {
        var look = SequentialComparison.Mixture(a, na, b, nb, 0.05);
        Assert.Equal(1.0, look.LikelihoodRatio);
        Assert.False(look.Rejects(0.05));
    }

    [Fact]
    public void It_rejects_when_the_ratio_reaches_one_over_alpha()
    {
        var look = SequentialComparison.Mixture(6, 300, 40, 300, 0.05);
        Assert.True(look.LikelihoodRatio >= 20);
        Assert.True(look.Rejects(0.05));
        Assert.StartsWith("The challenger's rate is 11.33 percentage points higher", look.Meaning);
    }

    [Theory]
    [InlineData(-1, 10, 1, 10, 0.05)]
    [InlineData(11, 10, 1, 10, 0.05)]
    [InlineData(1, -1, 1, 10, 0.05)]
    [InlineData(1, 10, 1, 10, 0)]
    [InlineData(1, 10, 1, 10, double.NaN)]
    public void Bad_counts_or_spread_are_refused(int a, int na, int b, int nb, double tau)
    {
        Assert.Throws<MetricsException>(() => SequentialComparison.Mixture(a, na, b, nb, tau));
    }
}
