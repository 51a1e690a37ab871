using System.Globalization;
using LeadScore.Dashboard.Pages;
using LeadScore.Monitoring;
using LeadScore.Tests.Lists;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Monitoring;
using Monitor = LeadScore.Monitoring.Monitor;

namespace LeadScore.Tests.Dashboard;

/// <summary>
/// The Monitoring page on the full-scale January list with healthy synthetic outcomes: the figures and rule states
/// <c>leadscore monitor</c>'s own inputs and evaluation give for the same date, and what it says without outcomes.
/// </summary>
[Collection(ListWorldCollection.Name)]
public sealed class MonitoringPageTests(ListWorld world)
{
    private string WithOutcomes()
    {
        var db = world.Fresh();
        var file = world.Folder.File($"dashboard-healthy-{Guid.NewGuid():N}.csv");
        Assert.Equal(0, CliRun.Of("synth", "outcomes", "--db", db, "--list", ListWorld.Month, "--scenario", "healthy", "--out", file).ExitCode);
        var imported = CliRun.Of("outcomes", "import", file, "--db", db);
        Assert.True(imported.ExitCode == 0, imported.Err);
        return db;
    }

    [Fact]
    public void The_page_shows_the_top_decile_and_every_rules_state_as_the_monitor_computes_them()
    {
        var db = WithOutcomes();
        var page = RenderedPage.Of("monitoring.html", db);
        Assert.DoesNotContain("Not shown", page.Text);
        var asOf = DateOnly.ParseExact(System.Text.RegularExpressions.Regex.Match(page.Text, @"as of (\d{4}-\d{2}-\d{2}) the newest").Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var inputs = MonitorInputs.Read(db, null, asOf, null);
        var rules = RuleSet.Preset("default");
        var report = Monitor.Evaluate(new MonitorRequest(inputs.Leads, asOf, inputs.Maturity, inputs.Baseline, rules, inputs.Expectation) { Drift = inputs.Drift });

        var top = report.Deciles.Single(d => d.Role == ModelScore.Champion && d.Decile == 10).Figures;
        Assert.Contains($"top decile {top.Conversions:N0} of {top.Leads:N0}", page.Text);
        var deciles = page.Rows("deciles");
        var row = Assert.Single(deciles, r => r.Cells[0].EndsWith("(champion)", StringComparison.Ordinal) && r.Cells[1] == "10");
        Assert.Equal((top.Leads.ToString("N0", CultureInfo.InvariantCulture), top.Conversions.ToString("N0", CultureInfo.InvariantCulture)), (row.Cells[2], row.Cells[3]));

        var shown = page.Rows("rules");
        Assert.Equal(report.Rules.Count, shown.Count);
        foreach (var (outcome, r) in report.Rules.Zip(shown))
        {
            Assert.Equal((outcome.Rule, outcome.Model), (r.Cells[0], r.Cells[1]));
            Assert.Equal(outcome.Fired, r.Cells[2] == "fired");
            Assert.Equal(outcome.FalseAlarm is { } f ? (100 * f).ToString("F1", CultureInfo.InvariantCulture) + "%" : "- (reads PSI)", r.Cells[4]);
            Assert.Equal(outcome.Detection is { } d ? (100 * d).ToString("F1", CultureInfo.InvariantCulture) + "%" : "-", r.Cells[5]);
            Assert.Equal(outcome.Evidence, r.Cells[6]);
        }
        Assert.Equal(report.Strongest.Text(), System.Text.RegularExpressions.Regex.Match(page.Text, "verdict (.+?) default rules").Groups[1].Value);
        Assert.Equal(2, page.Charts);
    }

    [Fact]
    public void A_rule_is_near_when_its_interval_reaches_the_threshold_and_quiet_when_it_does_not()
    {
        var rule = RuleSet.Preset("default").Rules.First(r => r.Name == "overall-week");
        RuleOutcome Outcome(double lower) => new(rule.Name, rule.Description, rule.Action, false, "",
            new Dictionary<string, double> { ["value"] = 0.05, ["lower"] = lower, ["upper"] = 0.07, ["threshold"] = rule.Threshold }, null, null);
        Assert.Equal(RuleState.Near, RuleStanding.Of(Outcome(rule.Threshold - 0.001), rule));
        Assert.Equal(RuleState.Quiet, RuleStanding.Of(Outcome(rule.Threshold + 0.001), rule));
        Assert.Equal(RuleState.Fired, RuleStanding.Of(Outcome(0.03) with { Fired = true }, rule));
    }

    [Fact]
    public void A_warehouse_without_outcomes_says_so_and_names_the_commands_in_every_section()
    {
        var page = RenderedPage.Of("monitoring.html", world.Database);
        Assert.Equal(7, page.Sections.Length);
        Assert.Equal(7, page.Text.Split("No outcomes have been imported into this warehouse yet").Length - 1);
        Assert.Contains("leadscore outcomes import", page.Text);
        Assert.Contains("leadscore synth outcomes", page.Text);
        Assert.DoesNotContain("Not shown", page.Text);
    }

    [Fact]
    public void A_missing_warehouse_file_is_named_on_the_page()
    {
        using var folder = new TempFolder();
        var page = RenderedPage.Of("monitoring.html", folder.File("nowhere.duckdb"));
        Assert.Equal(7, page.Sections.Length);
        Assert.Contains("Not shown:", page.Text);
        Assert.Contains("nowhere.duckdb", page.Text[page.Text.IndexOf("Not shown:", StringComparison.Ordinal)..]);
    }
}
