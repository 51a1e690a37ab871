using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.NormalTests;

namespace LeadScore.Tests.Metrics;

// Expected values: statsmodels 0.13.5 NormalIndPower with proportion_effectsize(rateB, rateA), ratio 1, two-sided
// (reference/make_backtest_reference.py, "## NormalIndPower"). Tolerance 1e-9 relative (solve_power stops its
// root search short of the last bit; power() is closed-form and agrees to 1e-12).
public class RatePowerTests
{
    [Theory]
    [InlineData(0.045551, 0.048321, 0.05, 0.8, 0.013098197849726934, 91498.4030122669)]
    [InlineData(0.0274, 0.0483, 0.05, 0.8, 0.11057305717291149, 1283.9200232904982)]
    [InlineData(0.05, 0.04, 0.05, 0.9, -0.048310970215600824, 9003.980475835333)]
    [InlineData(0.2, 0.3, 0.01, 0.8, 0.2319842627257961, 434.0276735331474)]
    public void Leads_per_arm_match_statsmodels_solve_power(
        double rateA, double rateB, double alpha, double power, double h, double leads)
    {
        var plan = RatePower.LeadsPerArm(rateA, rateB, alpha, power);
        AssertRelative(h, plan.EffectSize, 1e-13, "h");
        AssertRelative(leads, plan.ExactLeadsPerArm, 1e-9, "leads");
        Assert.Equal((int)Math.Ceiling(leads), plan.LeadsPerArm);
    }

    [Fact]
    public void Leads_per_arm_solve_statsmodels_power_where_solve_power_stops_short()
    {
        // solve_power(h=0.10016742116155997, alpha=0.1, power=0.5) returns 538.4737289601021, where statsmodels' own
        // power() is 0.5 - 1.43e-9; at 538.4737313192934 power() is 0.5 + 1.4e-15. We pin the true root.
        var plan = RatePower.LeadsPerArm(0.5, 0.55, 0.1, 0.5);
        AssertRelative(538.4737313192934, plan.ExactLeadsPerArm, 1e-12, "leads");
        AssertRelative(538.4737289601021, plan.ExactLeadsPerArm, 1e-8, "statsmodels' leads");
        Assert.Equal(0.5, RatePower.Power(0.5, 0.55, 538, 0.1).Power, 1e-3);
    }

    [Theory]
    [InlineData(0.045551, 0.048321, 2443, 0.05, 0.07433349649399258)]
    [InlineData(0.0274, 0.0483, 1000, 0.05, 0.6958627528272924)]
    [InlineData(0.05, 0.04, 500, 0.01, 0.03541509651745261)]
    [InlineData(0.2, 0.3, 50, 0.1, 0.3163797661813862)]
    [InlineData(0.5, 0.5000001, 10, 0.05, 0.050000000000022846)]
    public void Power_matches_statsmodels(double rateA, double rateB, int leads, double alpha, double expected)
    {
        AssertRelative(expected, RatePower.Power(rateA, rateB, leads, alpha).Power, 1e-12, "power");
    }

    [Fact]
    public void The_solved_size_reaches_the_target_power()
    {
        var plan = RatePower.LeadsPerArm(0.0274, 0.0483);
        Assert.Equal(0.8, RatePower.Power(0.0274, 0.0483, plan.LeadsPerArm).Power, 1e-3);
        Assert.True(RatePower.Power(0.0274, 0.0483, plan.LeadsPerArm).Power >= 0.8);
        Assert.True(RatePower.Power(0.0274, 0.0483, plan.LeadsPerArm - 1).Power < 0.8);
    }

    [Fact]
    public void The_seeds_difference_needs_years_of_leads()
    {
        var plan = RatePower.LeadsPerArm(0.045551, 0.048321);
        Assert.Equal(91499, plan.LeadsPerArm);
        Assert.Equal(
            "To detect 4.83% against 4.56% with 80% power (two-sided, alpha 0.05), each arm needs 91,499 contacted leads, 182,998 in all.",
            plan.Meaning);
        var duration = plan.MonthsAt(2800);
        Assert.Equal(2.0 * 91499 / 2800, duration.Months, 1e-12);
        Assert.Equal(66, duration.WholeMonths);
        Assert.StartsWith("At 2,800 contacted leads a month split evenly, the test needs 65.4 months (66 whole months)", duration.Meaning);
    }

    [Theory]
    [InlineData(0.0, 0.5)]
    [InlineData(0.5, 1.0)]
    [InlineData(-0.1, 0.5)]
    [InlineData(double.NaN, 0.5)]
    public void Rates_outside_zero_to_one_are_rejected(double rateA, double rateB)
    {
        var error = Assert.Throws<MetricsException>(() => RatePower.LeadsPerArm(rateA, rateB));
        Assert.Contains("strictly between 0 and 1", error.Message);
        Assert.Throws<MetricsException>(() => RatePower.Power(rateA, rateB, 100));
    }

    [Fact]
    public void Equal_rates_bad_settings_and_bad_lead_counts_are_rejected()
    {
        Assert.Contains("no number of leads", Assert.Throws<MetricsException>(() => RatePower.LeadsPerArm(0.05, 0.05)).Message);
        Assert.Throws<MetricsException>(() => RatePower.LeadsPerArm(0.05, 0.06, alpha: 0.0));
        Assert.Throws<MetricsException>(() => RatePower.LeadsPerArm(0.05, 0.06, power: 0.01));
        Assert.Throws<MetricsException>(() => RatePower.LeadsPerArm(0.05, 0.06, power: 1.0));
        Assert.Throws<MetricsException>(() => RatePower.Power(0.05, 0.06, 0));
        Assert.Throws<MetricsException>(() => RatePower.LeadsPerArm(0.05, 0.06).MonthsAt(0));
    }
}
