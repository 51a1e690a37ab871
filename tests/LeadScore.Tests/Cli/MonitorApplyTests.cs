using LeadScore.Warehouse.Monitoring;
using LeadScore.Cli.Monitoring;
using LeadScore.Cli.Terminal;
using LeadScore.Monitoring;
using LeadScore.Registry;
using LeadScore.Tests.Registry;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Lists;

namespace LeadScore.Tests.Cli;

/// <summary>
/// <c>monitor --apply</c> on reports built by hand: a challenger rule that fired promotes the shadow with the report as
/// its evidence (gates and sign-offs still apply); an alert changes nothing; a rollback waits for the list's champion to
/// be the live one.
/// </summary>
public class MonitorApplyTests
{
    private static readonly ListRecord List = new("2026-01", 1, "2026-01", "2025-12-31", new DateOnly(2025, 12, 31), "v1", "default", "p", "v3.2.5", "r",
        14, 200, 2800, 0, "succeeded", null, "{}", "[]", DateTime.UnixEpoch, DateTime.UnixEpoch);

    private static MonitorInputs Inputs() => new(List, [], MaturityCurve.Immediate(), "none", 0.05, "test", Expectation.Seed, "test", []);

    private static MonitorReport Report(RuleAction action, string model) =>
        new(new DateOnly(2026, 2, 28), [], [], [], [new RuleOutcome("r", "a rule", action, true, "the evidence", new Dictionary<string, double>(), null, null) { Model = model }],
            action, "meaning");

    [Fact]
    public void A_fired_challenger_rule_promotes_the_shadow_with_the_report_as_evidence()
    {
        using var folder = new TempFolder();
        var (_, registry) = SomeVersions.TwoVersions(folder);
        var output = new StringWriter();
        MonitorApply.Run(new CliOutput(output, TextWriter.Null), registry, Inputs(), Report(RuleAction.PromoteChallenger, "v2"), "monitor");
        Assert.Contains("promoted v2 to champion", output.ToString());
        var promotion = registry.State().Events.Last();
        Assert.Equal(("promote", "v2"), (promotion.Action, promotion.Version));
        Assert.True(File.Exists(registry.EvidencePath(promotion.EvidenceSha256!)));
        Assert.Contains("rule r fired: the evidence", promotion.Reason);
    }

    [Fact]
    public void An_alert_changes_nothing_and_a_rollback_needs_the_lists_champion_live()
    {
        using var folder = new TempFolder();
        var (_, registry) = SomeVersions.TwoVersions(folder);
        int events = registry.State().Events.Count;
        var output = new StringWriter();
        MonitorApply.Run(new CliOutput(output, TextWriter.Null), registry, Inputs(), Report(RuleAction.Alert, "v1"), "monitor");
        MonitorApply.Run(new CliOutput(output, TextWriter.Null), registry, Inputs() with { List = List with { Champion = "v2" } }, Report(RuleAction.PlannedRollback, "v2"), "monitor");
        Assert.Contains("alerts change nothing in the registry", output.ToString());
        Assert.Contains("the list's champion v2 is no longer live (the registry's champion is v1)", output.ToString());
        Assert.Equal(events, registry.State().Events.Count);
    }
}
