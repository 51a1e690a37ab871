using LeadScore.Metrics;
using LeadScore.Monitoring;
using Monitor = LeadScore.Monitoring.Monitor;

namespace LeadScore.Tests.Monitoring;

/// <summary>The monitor's figures on ten hand-made leads, where every count, bound and maturity is known.</summary>
public class MonitorFiguresTests
{
    private const double Baseline = 0.0274;
    private static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly DateOnly AsOf = new(2026, 1, 14);
    // A five-day horizon: half the conversions known on the day of contact, all after five days.
    private static readonly MaturityCurve Curve = MaturityCurve.FromShares([0.5, 0.6, 0.7, 0.8, 0.9]);

    private static MonitoredLead Lead(string id, int day, int? convertedDay, int champion, int shadow) =>
        new(id, "L1", Start, Start.AddDays(day), convertedDay is { } c ? Start.AddDays(c) : null,
            [new ModelScore("v1", ModelScore.Champion, champion), new ModelScore("v0", ModelScore.Shadow, shadow)]);

    internal static readonly MonitoredLead[] Leads =
    [
        Lead("a", 0, 0, 95, 50),
        Lead("b", 0, 2, 92, 93),
        Lead("c", 0, null, 40, 95),
        Lead("d", 0, 10, 10, 99),    // converts after the as-of date: not known yet
        Lead("e", 1, 8, 91, 20),     // converts 7 days after contact, beyond the 5-day horizon: not a conversion
        Lead("f", 1, null, 90, 91),
        Lead("g", 8, 9, 100, 100),
        Lead("h", 8, null, 15, 5),
        Lead("i", 9, 8, 50, 50),     // call scheduled before the contact: left out
        Lead("j", 9, null, 55, 55),
        Lead("k", 10, 10, 99, 99),   // contacted after the as-of date: ignored
    ];

    private static MonitorReport Report(RuleSet? rules = null) =>
        Monitor.Evaluate(new MonitorRequest(Leads, AsOf, Curve, Baseline, rules ?? RuleSet.Preset("default")));

    private static ConversionFigures Row(IReadOnlyList<CohortRow> rows, string model, int number, Segment segment) =>
        rows.Single(r => r.Model == model && r.Period.Number == number && r.Segment == segment).Figures;

    private static void AssertFigures(ConversionFigures figures, int leads, int conversions, double maturity)
    {
        var wilson = Wilson.Interval(conversions, leads);
        Assert.Equal(leads, figures.Leads);
        Assert.Equal(conversions, figures.Conversions);
        Assert.Equal(wilson.Rate, figures.Rate);
        Assert.Equal(wilson.Lower, figures.Lower);
        Assert.Equal(wilson.Upper, figures.Upper);
        Assert.Equal(wilson.Rate / Baseline, figures.Lift, 1e-12);
        Assert.Equal(maturity, figures.Maturity, 1e-12);
        Assert.Equal(wilson.Rate / maturity, figures.AdjustedRate!.Value, 1e-12);
        Assert.Equal(wilson.Lower / maturity, figures.AdjustedLower!.Value, 1e-12);
        Assert.Equal(Math.Min(1, wilson.Upper / maturity), figures.AdjustedUpper!.Value, 1e-12);
    }

    [Fact]
    public void Days_count_leads_and_the_conversions_known_by_the_as_of_date_with_wilson_bounds_and_maturity()
    {
        var report = Report();
        Assert.Equal([1, 2, 9, 10], report.Days.Where(r => r.Model == "v1" && r.Segment == Segment.All).Select(r => r.Period.Number));
        AssertFigures(Row(report.Days, "v1", 1, Segment.All), 4, 2, 1.0);
        AssertFigures(Row(report.Days, "v1", 2, Segment.All), 2, 0, 1.0);
        AssertFigures(Row(report.Days, "v1", 9, Segment.All), 2, 1, 0.6);
        AssertFigures(Row(report.Days, "v1", 10, Segment.All), 1, 0, 0.5);
        Assert.Equal(1, report.CallsBeforeContact);
        Assert.Equal(Start.AddDays(8), report.Days.First(r => r.Period.Number == 9).Period.First);
    }

    [Fact]
    public void Top_decile_and_bottom_fifth_follow_each_models_own_percentile_on_the_same_leads()
    {
        var report = Report();
        AssertFigures(Row(report.Days, "v1", 1, Segment.TopDecile), 2, 2, 1.0);
        AssertFigures(Row(report.Days, "v1", 2, Segment.TopDecile), 1, 0, 1.0);
        AssertFigures(Row(report.Days, "v1", 9, Segment.TopDecile), 1, 1, 0.6);
        AssertFigures(Row(report.Days, "v1", 1, Segment.BottomFifth), 1, 0, 1.0);
        AssertFigures(Row(report.Days, "v0", 1, Segment.TopDecile), 3, 1, 1.0);
        AssertFigures(Row(report.Days, "v0", 2, Segment.TopDecile), 1, 0, 1.0);
        AssertFigures(Row(report.Days, "v0", 1, Segment.All), 4, 2, 1.0);
        Assert.DoesNotContain(report.Days, r => r.Model == "v1" && r.Period.Number == 10 && r.Segment == Segment.TopDecile);
        Assert.Equal([new MonitoredModel("v1", "champion"), new MonitoredModel("v0", "shadow")], report.Models);
    }

    [Fact]
    public void Weeks_and_the_list_pool_their_days_and_average_the_maturity_over_their_leads()
    {
        var report = Report();
        AssertFigures(Row(report.Weeks, "v1", 1, Segment.All), 6, 2, 1.0);
        AssertFigures(Row(report.Weeks, "v1", 2, Segment.All), 3, 1, (0.6 + 0.6 + 0.5) / 3);
        Assert.Equal((Start.AddDays(7), Start.AddDays(13)), (report.Weeks[^1].Period.First, report.Weeks[^1].Period.Last));
        AssertFigures(Row(report.Months, "v1", 1, Segment.All), 9, 3, (6 + 1.2 + 0.5) / 9);
        Assert.Equal("list 2026-01", report.Months[0].Period.Label);
    }

    [Fact]
    public void Deciles_come_from_the_percentile_91_to_100_being_the_top_decile()
    {
        var deciles = Report().Deciles.Where(d => d.Model == "v1").ToDictionary(d => d.Decile, d => d.Figures);
        Assert.Equal([1, 2, 4, 6, 9, 10], deciles.Keys.Order());
        Assert.Equal((4, 3), (deciles[10].Leads, deciles[10].Conversions));
        Assert.Equal((1, 0), (deciles[9].Leads, deciles[9].Conversions));
        Assert.Equal((1, 0), (deciles[1].Leads, deciles[1].Conversions));
    }

    [Fact]
    public void A_point_rule_reads_the_latest_ended_days_in_a_row_and_reports_its_numbers()
    {
        var rules = new RuleSet("t", "test", [
            new Rule("point", "overall below 60% on 2 days", RuleMetric.OverallRate, RuleWindow.Day, RuleComparison.Below, 0.6, 2,
                EvidenceStandard.Point, RuleAction.Alert, AdjustForMaturity: false),
            new Rule("interval", "the same on evidence", RuleMetric.OverallRate, RuleWindow.Day, RuleComparison.Below, 0.6, 2,
                EvidenceStandard.Interval, RuleAction.PlannedRollback),
        ]);
        var report = Report(rules);
        var point = report.Rules[0];
        Assert.True(point.Fired);
        Assert.Equal(0, point.Numbers["value"]);
        Assert.Equal(1, point.Numbers["leads"]);
        Assert.Equal(2, point.Numbers["consecutive_beyond"]);
        Assert.StartsWith("Fired: the overall conversion rate was below 60.00% (as observed, no maturity adjustment) on each of the last 2 days", point.Evidence);
        Assert.Contains("day 9 (2026-01-13): 50.00%", point.Evidence);
        Assert.False(report.Rules[1].Fired);
        Assert.Equal(RuleAction.Alert, report.Strongest);
        Assert.StartsWith("Alert: 'point' fired on the 9 leads contacted up to 2026-01-14", report.Meaning);
    }

    [Fact]
    public void Requests_the_monitor_cannot_read_are_refused_naming_the_lead()
    {
        Assert.Contains("lead a appears twice", Refused([.. Leads, Leads[0]]));
        Assert.Contains("lead z: it has no champion score", Refused([new MonitoredLead("z", "L1", Start, Start, null, [new ModelScore("v0", "shadow", 5)])]));
        Assert.Contains("percentiles run from 1 to 100", Refused([new MonitoredLead("z", "L1", Start, Start, null, [new ModelScore("v1", "champion", 0)])]));
        Assert.Contains("before its list L1 started", Refused([new MonitoredLead("z", "L1", Start, Start.AddDays(-1), null, [new ModelScore("v1", "champion", 5)])]));
        Assert.Contains("role 'chmpion'", Refused([new MonitoredLead("z", "L1", Start, Start, null, [new ModelScore("v1", "chmpion", 5)])]));
        var error = Assert.Throws<MonitoringException>(() => Monitor.Evaluate(new MonitorRequest(Leads, AsOf, Curve, 2.74, RuleSet.Preset("seed"))));
        Assert.Contains("the baseline is 2.74, outside (0, 1)", error.Message);
    }

    private static string Refused(MonitoredLead[] leads) =>
        Assert.Throws<MonitoringException>(() => Monitor.Evaluate(new MonitorRequest(leads, AsOf, Curve, Baseline, RuleSet.Preset("seed")))).Message;
}
