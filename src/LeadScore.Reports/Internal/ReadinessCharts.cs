using System.Globalization;
using LeadScore.Backtest;
using LeadScore.Charts;
using LeadScore.Metrics;

namespace LeadScore.Reports.Internal;

/// <summary>The report's charts, drawn by <see cref="LeadScore.Charts"/> from the backtest evidence: decile lifts of both models, both score distributions, and the power curve.</summary>
internal static class ReadinessCharts
{
    /// <summary>Each model's lift by equal-count decile with the Wilson 95% interval of the decile's rate over the window's rate.</summary>
    public static ReportFigure Deciles(ReportContext c)
    {
        var b = c.Backtest;
        double overall = (double)b.Conversions / b.Leads;
        LiftSeries Series(string name, ArmResult arm) => new(name, arm.Deciles.Select(d =>
        {
            var i = Wilson.Interval(d.Conversions, d.Count);
            return new LiftBar(d.Decile.ToString(CultureInfo.InvariantCulture), d.Lift, i.Lower / overall, i.Upper / overall);
        }).ToArray());
        var chart = LiftComparisonChart.Of($"Lift by score decile: {c.Champion} and {c.Challenger}", [Series(c.ChampionLabel, b.Champion), Series(c.ChallengerLabel, b.Challenger)]);
        return new ReportFigure($"Lift by equal-count score decile on all {ReportNumbers.Count(b.Leads)} leads (decile 9 holds the highest scores), over the window's rate of {ReportNumbers.Percent(overall)}; whiskers: Wilson 95% intervals of each decile's rate.", chart);
    }

    /// <summary>Both models' score distributions on the backtest's leads.</summary>
    public static ReportFigure Scores(ReportContext c)
    {
        var b = c.Backtest;
        BinnedSeries Series(string name, ScoreHistogram h) => new(name, h.Edges, h.Leads);
        var chart = DistributionChart.OfBins($"Scores on the backtest's leads: {c.Champion} and {c.Challenger}",
            [Series(c.ChampionLabel, b.Champion.Scores), Series(c.ChallengerLabel, b.Challenger.Scores)], "model score (probability)");
        return new ReportFigure($"Distribution of each model's scores on the {ReportNumbers.Count(b.Leads)} leads, {b.Champion.Scores.Leads.Length} equal-width bins per model, as density so both compare by area.", chart);
    }

    /// <summary>The power to tell the observed rates apart against the leads per arm, with the backtest's size and the size 80% power needs marked; null when the rates cannot differ.</summary>
    public static ReportFigure? Power(ReportContext c)
    {
        var b = c.Backtest;
        if (ReadinessFacts.PowerAtSize(b) is not { } atSize) return null;
        double rateA = b.Champion.Rate.Rate, rateB = b.Challenger.Rate.Rate;
        int kept = Math.Min(b.Champion.Kept, b.Challenger.Kept);
        var plan = b.Comparison.Power;
        double top = Math.Max(kept * 10.0, (plan?.LeadsPerArm ?? kept) * 3.0);
        double low = Math.Max(10, Math.Min(kept, plan?.LeadsPerArm ?? kept) / 10.0);
        var sizes = Enumerable.Range(0, 121).Select(i => Math.Round(low * Math.Pow(top / low, i / 120.0))).Distinct().ToArray();
        var power = sizes.Select(n => RatePower.Power(rateA, rateB, (int)n).Power).ToArray();
        var marks = new List<PowerMark> { new($"this backtest: {ReportNumbers.Count(kept)} per arm, power {ReportNumbers.Percent(atSize, 0)}", kept, atSize) };
        if (plan is not null) marks.Add(new($"80% power: {ReportNumbers.Count(plan.LeadsPerArm)} per arm", plan.LeadsPerArm, RatePower.Power(rateA, rateB, plan.LeadsPerArm).Power));
        var chart = PowerCurveChart.Of($"Power to detect {ReportNumbers.Percent(rateB)} against {ReportNumbers.Percent(rateA)}", sizes, power, 0.8, marks);
        return new ReportFigure($"Power of a two-sided test at α 0.05 to detect the observed difference ({ReportNumbers.Percent(rateB)} against {ReportNumbers.Percent(rateA)}) against the leads in each arm.", chart);
    }
}
