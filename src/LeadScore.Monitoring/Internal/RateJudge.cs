namespace LeadScore.Monitoring.Internal;

/// <summary>Point and interval rules: the latest ended periods with a defined metric, all beyond the threshold.</summary>
internal static class RateJudge
{
    public static RateVerdict Judge(Rule rule, ILeadTallies tallies, DateOnly asOf, int model, double baseline)
    {
        var periods = tallies.Periods(rule.Window);
        var judged = new List<(Period, Measurement)>(rule.Consecutive);
        var allBeyond = true;
        for (var i = periods.Count - 1; i >= 0 && judged.Count < rule.Consecutive; i--)
        {
            var period = periods[i];
            if (!period.Ended(tallies, asOf)) continue;
            if (Measurement.Of(rule, tallies, period, asOf, model, baseline) is not { } measurement) continue;
            judged.Add((period, measurement));
            allBeyond &= measurement.Beyond(rule);
        }
        judged.Reverse();
        return new RateVerdict(judged.Count == rule.Consecutive && allBeyond, judged);
    }
}
