using LeadScore.Monitoring;

namespace LeadScore.Tests.Monitoring;

public class MaturityCurveTests
{
    private static readonly DateOnly Day0 = new(2025, 1, 1);

    [Fact]
    public void A_curve_learned_from_a_known_delay_distribution_recovers_it()
    {
        // 200,000 leads at 5%: about 9,000 conversions within the horizon, so each share has a standard error below 0.6 points.
        var curve = MaturityCurve.Learn(SyntheticDelays.History(200_000, 0.05, seed: 11));
        Assert.Equal(43, curve.HorizonDays);
        for (var day = 0; day <= 45; day++)
            Assert.True(Math.Abs(curve.ObservedShare(day) - SyntheticDelays.TrueShare(day)) < 0.02,
                $"day {day}: learned {curve.ObservedShare(day):0.0000}, true {SyntheticDelays.TrueShare(day):0.0000}");
    }

    [Fact]
    public void Shares_never_decrease_start_at_zero_before_contact_and_reach_one_at_the_horizon()
    {
        var curve = SyntheticDelays.Realistic;
        Assert.Equal(0, curve.ObservedShare(-1));
        for (var day = 0; day < 60; day++) Assert.True(curve.ObservedShare(day + 1) >= curve.ObservedShare(day));
        Assert.Equal(1, curve.ObservedShare(43));
        Assert.Equal(1, curve.ObservedShare(400));
        Assert.True(curve.ObservedShare(42) < 1);
    }

    [Fact]
    public void Late_calls_and_calls_before_the_contact_are_not_conversions()
    {
        (DateOnly, DateOnly?)[] history =
        [
            (Day0, Day0), (Day0, Day0.AddDays(1)), (Day0, Day0.AddDays(1)), (Day0, Day0.AddDays(43)),
            (Day0, Day0.AddDays(50)), (Day0, Day0.AddDays(-2)), (Day0, null), (Day0.AddDays(100), null),
        ];
        var curve = MaturityCurve.Learn(history);
        Assert.Equal(4, curve.Conversions);
        Assert.Equal(0.25, curve.ObservedShare(0));
        Assert.Equal(0.75, curve.ObservedShare(1));
        Assert.Equal(0.75, curve.ObservedShare(42));
        Assert.Equal(1, curve.ObservedShare(43));
    }

    [Fact]
    public void Contacts_younger_than_the_horizon_are_left_out_so_their_missing_slow_calls_do_not_make_labels_look_fast()
    {
        // The history ends on day 100. The contact of day 80 converted the same day, but its slow peers cannot have
        // converted yet, so it must not count; the contact of day 50 is mature and converted after 10 days.
        (DateOnly, DateOnly?)[] history = [(Day0.AddDays(50), Day0.AddDays(60)), (Day0.AddDays(80), Day0.AddDays(80)), (Day0.AddDays(100), null)];
        var curve = MaturityCurve.Learn(history);
        Assert.Equal(1, curve.Conversions);
        Assert.Equal(0, curve.ObservedShare(9));
        Assert.Equal(1, curve.ObservedShare(10));
    }

    [Fact]
    public void Immediate_and_given_curves_say_what_they_are_given()
    {
        Assert.Equal(1, MaturityCurve.Immediate().ObservedShare(0));
        Assert.Equal(43, MaturityCurve.Immediate().HorizonDays);
        var given = MaturityCurve.FromShares([0.5, 0.8, 0.9]);
        Assert.Equal(3, given.HorizonDays);
        Assert.Equal(0.8, given.ObservedShare(1));
        Assert.Equal(1, given.ObservedShare(3));
        Assert.Contains("50% are known on the day of contact, 80% a day later", given.Meaning);
    }

    [Fact]
    public void A_history_without_a_usable_conversion_is_refused_with_what_to_do()
    {
        var error = Assert.Throws<MonitoringException>(() => MaturityCurve.Learn([(Day0, null), (Day0.AddDays(60), Day0.AddDays(61))]));
        Assert.Contains("MaturityCurve.Immediate", error.Message);
        Assert.Throws<MonitoringException>(() => MaturityCurve.FromShares([0.5, 0.4]));
        Assert.Throws<MonitoringException>(() => MaturityCurve.Immediate(0));
    }

    [Fact]
    public void Delays_drawn_from_a_curve_follow_it()
    {
        var curve = MaturityCurve.FromShares([0.5, 0.8, 0.9]);
        Assert.Equal(0, curve.DelayAt(0.0));
        Assert.Equal(0, curve.DelayAt(0.49));
        Assert.Equal(1, curve.DelayAt(0.5));
        Assert.Equal(2, curve.DelayAt(0.85));
        Assert.Equal(3, curve.DelayAt(0.95));
    }
}
