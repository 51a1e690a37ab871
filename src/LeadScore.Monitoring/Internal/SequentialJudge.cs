using LeadScore.Metrics;

namespace LeadScore.Monitoring.Internal;

/// <summary>
/// Sequential rules: the mixture SPRT of the challenger's top-decile picks against the champion's (the leads only one
/// of them puts there), on every lead since the first list's first day, at every look up to the as-of date — every day
/// for a daily rule, at each week's or list's end (and on the as-of date) otherwise — stopping at the first look that
/// crosses 1/α in the rule's direction. Under "no difference" both groups' labels mature alike, so the test reads the
/// conversions known at each look; maturity only delays the evidence.
/// </summary>
internal static class SequentialJudge
{
    /// <param name="rule">A sequential rule.</param>
    /// <param name="tallies">The leads.</param>
    /// <param name="asOf">The latest look.</param>
    /// <param name="model">The challenger judged (1..).</param>
    /// <param name="everyDay">Look every day whatever the rule's window: what a monitor run daily has seen by
    /// <paramref name="asOf"/> (each run adds its own date as a look), so the simulation judges a month in one call.</param>
    public static SequentialVerdict Judge(Rule rule, ILeadTallies tallies, DateOnly asOf, int model, bool everyDay = false)
    {
        var alpha = 1 - rule.Confidence;
        SequentialComparison? latest = null, atCrossing = null;
        DateOnly? crossed = null;
        Tally champion = default, challenger = default;
        var pValue = 1.0;
        var looks = 0;
        foreach (var look in Looks(everyDay ? RuleWindow.Day : rule.Window, tallies, asOf))
        {
            champion = Count(tallies, LeadGroup.OnlyInTopDecileOf(0, model), look);
            challenger = Count(tallies, LeadGroup.OnlyInTopDecileOf(model, 0), look);
            latest = SequentialComparison.Mixture(champion.Conversions, champion.Leads, challenger.Conversions, challenger.Leads, rule.MixtureSd);
            looks++;
            pValue = Math.Min(pValue, latest.PValue);
            var rightWay = rule.Comparison == RuleComparison.Above ? latest.Difference > rule.Threshold : latest.Difference < rule.Threshold;
            if (crossed is null && rightWay && latest.Rejects(alpha))
            {
                crossed = look;
                atCrossing = latest;
            }
        }
        return new SequentialVerdict(crossed is not null, latest, champion, challenger, crossed, atCrossing, pValue, looks);
    }

    private static Tally Count(ILeadTallies tallies, LeadGroup group, DateOnly look)
    {
        Tally total = default;
        for (var list = 0; list < tallies.Lists; list++) total += tallies.Count(group, list, 0, int.MaxValue, look);
        return total;
    }

    private static IEnumerable<DateOnly> Looks(RuleWindow window, ILeadTallies tallies, DateOnly asOf)
    {
        if (tallies.Lists == 0) yield break;
        var first = Enumerable.Range(0, tallies.Lists).Min(tallies.ListStart);
        var ends = window switch
        {
            RuleWindow.Day => Enumerable.Range(0, Math.Max(0, asOf.DayNumber - first.DayNumber + 1)).Select(first.AddDays),
            RuleWindow.Week => Enumerable.Range(0, Math.Max(0, (asOf.DayNumber - first.DayNumber + 1) / 7)).Select(w => first.AddDays(7 * w + 6)),
            _ => tallies.Periods(RuleWindow.Month).Select(p => p.Last(tallies)).Where(d => d <= asOf).Order(),
        };
        DateOnly? previous = null;
        foreach (var end in ends)
        {
            if (end == previous) continue;
            previous = end;
            yield return end;
        }
        if (previous != asOf && asOf >= first) yield return asOf;
    }
}
