using LeadScore.Metrics;

namespace LeadScore.Monitoring.Internal;

/// <summary>
/// A rule's metric on one period: the value the rule reads and its interval (both maturity-adjusted when the rule
/// asks for it), the maturity, and the counts (for a difference: Tally = the challenger's picks, Other = the champion's).
/// </summary>
internal readonly record struct Measurement(double Value, double Lower, double Upper, double Maturity, Tally Tally, Tally Other)
{
    /// <summary>The rule's metric on the leads a period counts, or null when undefined (no leads, or nothing knowable yet).</summary>
    public static Measurement? Of(Rule rule, ILeadTallies tallies, Period period, DateOnly asOf, int model, double baseline)
    {
        var (first, last) = period.Counted(rule.Cumulative);
        if (rule.Metric == RuleMetric.ChallengerMinusChampionRate)
        {
            var challenger = tallies.Count(LeadGroup.OnlyInTopDecileOf(model, 0), period.List, first, last, asOf);
            var champion = tallies.Count(LeadGroup.OnlyInTopDecileOf(0, model), period.List, first, last, asOf);
            return Difference(rule, champion, challenger);
        }
        var segment = rule.Metric switch
        {
            RuleMetric.TopDecileRate or RuleMetric.TopDecileLift => Segment.TopDecile,
            RuleMetric.BottomFifthRate => Segment.BottomFifth,
            _ => Segment.All,
        };
        var rate = Rate(rule, tallies.Count(LeadGroup.Of(segment, model), period.List, first, last, asOf));
        return rule.Metric == RuleMetric.TopDecileLift && rate is { } r
            ? r with { Value = r.Value / baseline, Lower = r.Lower / baseline, Upper = r.Upper / baseline }
            : rate;
    }

    /// <summary>Whether the measurement meets the rule's evidence standard on the rule's side of the threshold.</summary>
    public bool Beyond(Rule rule) => rule.Evidence == EvidenceStandard.Point
        ? rule.Comparison == RuleComparison.Below ? Value < rule.Threshold : Value > rule.Threshold
        : rule.Comparison == RuleComparison.Below ? Upper < rule.Threshold : Lower > rule.Threshold;

    private static Measurement? Rate(Rule rule, Tally tally)
    {
        if (tally.Leads == 0) return null;
        var wilson = Wilson.Interval(tally.Conversions, tally.Leads, rule.Confidence);
        var scale = 1.0;
        if (rule.AdjustForMaturity)
        {
            if (tally.Maturity <= 0) return null;
            scale = 1 / tally.Maturity;
        }
        return new Measurement(wilson.Rate * scale, wilson.Lower * scale, Math.Min(1, wilson.Upper * scale), tally.Maturity, tally, default);
    }

    private static Measurement? Difference(Rule rule, Tally champion, Tally challenger)
    {
        if (champion.Leads == 0 || challenger.Leads == 0) return null;
        var difference = RateDifference.Newcombe(champion.Conversions, champion.Leads, challenger.Conversions, challenger.Leads, rule.Confidence);
        var maturity = (champion + challenger).Maturity;
        var scale = 1.0;
        if (rule.AdjustForMaturity)
        {
            if (maturity <= 0) return null;
            scale = 1 / maturity;
        }
        return new Measurement(difference.Difference * scale, difference.Lower * scale, difference.Upper * scale, maturity, challenger, champion);
    }
}
