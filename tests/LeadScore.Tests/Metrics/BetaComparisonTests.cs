using LeadScore.Metrics;

namespace LeadScore.Tests.Metrics;

// Expected probabilities: scipy 1.10.1 quad(beta.pdf(x, B) * beta.cdf(x, A), 0, 1, epsabs=epsrel=1e-13) with B's
// bulk as breakpoints; where B's posterior alpha is an integer the exact finite sum agrees to 8e-13
// (reference/make_backtest_reference.py, "## P(p_B > p_A)"). Tolerance 1e-11 absolute.
public class BetaComparisonTests
{
    [Theory]
    [InlineData(86, 1891, 118, 2443, 1.0, 1.0, 0.6639943484766019)]
    [InlineData(86, 1888, 118, 2442, 1.0, 1.0, 0.6608686298816783)]
    [InlineData(86, 1891, 118, 2443, 0.5, 0.5, 0.6673980561105495)]
    [InlineData(0, 50, 0, 60, 1.0, 1.0, 0.45535714285714296)]
    [InlineData(0, 50, 0, 60, 0.5, 0.5, 0.47115490571227225)]
    [InlineData(3, 10, 7, 12, 1.0, 1.0, 0.8978808914870297)]
    [InlineData(45, 1000, 45, 1000, 1.0, 1.0, 0.5)]
    [InlineData(20, 100, 5, 100, 2.0, 30.0, 0.0010946907878242333)]
    public void Probability_higher_matches_scipy(int a, int na, int b, int nb, double pa, double pb, double expected)
    {
        var result = BetaComparison.ProbabilityHigher(a, na, b, nb, pa, pb);
        Assert.Equal(expected, result.Probability, 1e-11);
    }

    [Fact]
    public void The_two_arms_probabilities_add_to_one()
    {
        var forward = BetaComparison.ProbabilityHigher(86, 1891, 118, 2443);
        var backward = BetaComparison.ProbabilityHigher(118, 2443, 86, 1891);
        Assert.Equal(1.0, forward.Probability + backward.Probability, 1e-12);
    }

    [Fact]
    public void The_meaning_names_the_prior_and_the_probability()
    {
        var result = BetaComparison.ProbabilityHigher(86, 1891, 118, 2443);
        Assert.Equal(
            "With a Beta(1, 1) prior on both rates, the probability that the challenger truly converts better than " +
            "the champion is 66.4% (posterior means 4.87% against 4.60%).",
            result.Meaning);
        Assert.Equal(119.0 / 2445, result.PosteriorMeanB, 1e-15);
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(1.0, -2.0)]
    [InlineData(double.NaN, 1.0)]
    public void A_prior_that_is_not_positive_is_rejected(double priorAlpha, double priorBeta)
    {
        var error = Assert.Throws<MetricsException>(() => BetaComparison.ProbabilityHigher(1, 10, 2, 10, priorAlpha, priorBeta));
        Assert.Contains("prior", error.Message);
    }

    [Fact]
    public void Bad_counts_are_rejected() =>
        Assert.Throws<MetricsException>(() => BetaComparison.ProbabilityHigher(5, 4, 2, 10));
}
