using LeadScore.Backtest;
using LeadScore.Backtest.Legacy;

namespace LeadScore.Tests.Backtest.Legacy;

// The original team's published figures (domain spec §6.3–6.4); the exact doubles come from numpy 1.24.2
// (reference/make_numpy_reference.py).
public class LegacyMonteCarloTests
{
    private const double RateC = 86.0 / 1888;
    private const double RateD = 118.0 / 2442;

    [Fact]
    public void The_confidence_loop_gives_the_published_66_point_15_percent()
    {
        var result = LegacyMonteCarlo.Confidence(RateC, RateD);
        Assert.Equal(6615.0 / 10000, result.Confidence);
    }

    [Fact]
    public void The_rate_intervals_are_numpys_percentiles_of_the_normal_draws()
    {
        var result = LegacyMonteCarlo.Confidence(RateC, RateD);
        Assert.Equal(0.03661845342138125, result.LowerC);
        Assert.Equal(0.054414242313056735, result.UpperC);
        Assert.Equal(0.038554625944406305, result.LowerD);
        Assert.Equal(0.05763710287479261, result.UpperD);
        Assert.Equal(["3.66", "5.44", "3.86", "5.76"],
            new[] { result.LowerC, result.UpperC, result.LowerD, result.UpperD }.Select(v => (100 * v).ToString("F2")));
    }

    [Fact]
    public void The_closed_form_the_loop_approximates_is_66_point_17_percent() =>
        Assert.Equal(0.6617, LegacyMonteCarlo.Confidence(RateC, RateD).ClosedForm, 4);

    [Fact]
    public void The_v4_0_hybrid_gives_127_point_6692_mqls_with_interval_107_to_150()
    {
        var result = LegacyMonteCarlo.Mqls(RateC);
        Assert.Equal(127.6692, result.Mean, 1e-9);
        Assert.Equal(107.0, result.Lower);
        Assert.Equal(150.0, result.Upper);
        Assert.Equal(1.0, result.ShareAboveBaseline);
    }

    [Fact]
    public void The_v4_1_hybrid_gives_135_point_3062_mqls_with_interval_114_to_158()
    {
        var result = LegacyMonteCarlo.Mqls(RateD);
        Assert.Equal(135.3062, result.Mean, 1e-9);
        Assert.Equal(114.0, result.Lower);
        Assert.Equal(158.0, result.Upper);
        Assert.Equal(1.0, result.ShareAboveBaseline);
    }

    [Fact]
    public void A_rate_outside_zero_to_one_is_refused_with_what_to_pass()
    {
        var error = Assert.Throws<BacktestException>(() => LegacyMonteCarlo.Mqls(86));
        Assert.Contains("must be in [0, 1]", error.Message);
    }
}
