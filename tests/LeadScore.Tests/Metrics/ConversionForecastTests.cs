using LeadScore.Metrics;

namespace LeadScore.Tests.Metrics;

public class ConversionForecastTests
{
    // scipy 1.10.1: betabinom(N, 0.5 + s, 0.5 + n - s).ppf(q) for q = 0.025, 0.975, 0.05, 0.95 (Jeffreys prior).
    [Theory]
    [InlineData(118, 2442, 2800, 105, 170, 109, 164)]
    [InlineData(86, 1888, 2800, 96, 164, 101, 158)]
    [InlineData(0, 50, 100, 0, 6, 0, 4)]
    [InlineData(5, 10, 20, 3, 17, 4, 16)]
    [InlineData(133, 3393, 2800, 84, 138, 88, 134)]
    [InlineData(40, 900, 250000, 8097, 14856, 8546, 14216)]
    public void Interval_is_scipys_beta_binomial_quantiles(int s, int n, int list, int lo95, int hi95, int lo90, int hi90)
    {
        var f95 = ConversionForecast.For(s, n, list);
        var f90 = ConversionForecast.For(s, n, list, level: 0.90);
        Assert.Equal((lo95, hi95), (f95.Lower, f95.Upper));
        Assert.Equal((lo90, hi90), (f90.Lower, f90.Upper));
        Assert.Equal(list * (double)s / n, f95.Expected, 9);
    }

    [Fact]
    public void The_interval_is_wider_than_the_originals_known_rate_binomial()
    {
        // The original drew Binomial(2,800, 118/2,442) as if the rate were exact: [114, 158].
        var f = ConversionForecast.For(118, 2442, 2800);
        Assert.True(f.Lower < 114 && f.Upper > 158);
        Assert.Contains("2,800 leads", f.Meaning);
        Assert.Contains("105 to 170", f.Meaning);
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        Assert.Throws<MetricsException>(() => ConversionForecast.For(5, 0, 10));
        Assert.Throws<MetricsException>(() => ConversionForecast.For(5, 10, 0));
        Assert.Throws<MetricsException>(() => ConversionForecast.For(5, 10, 10, level: 1));
        Assert.Throws<MetricsException>(() => ConversionForecast.For(5, 10, 10, priorAlpha: 0));
    }
}
