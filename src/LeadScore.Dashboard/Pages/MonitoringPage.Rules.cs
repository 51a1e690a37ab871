using LeadScore.Dashboard.Html;
using LeadScore.Monitoring;
using static LeadScore.Dashboard.Pages.FigureText;

namespace LeadScore.Dashboard.Pages;

/// <summary>The rules with their state, evidence and simulated reliability, and the sources of the figures.</summary>
public sealed partial class MonitoringPage
{
    private static void Rules(PageWriter page, MonitoringState s)
    {
        var setup = new SimulationSetup();
        page.Paragraph($"The {MonitoringState.Preset} rules, each judged on the list so far. State: fired; {RuleStanding.NearMeaning}; else quiet. " +
                       $"False alarm: how often the rule would fire within a month when the model performs exactly as expected; detection: how often when it has lost half " +
                       $"its lift. Both are simulated over {N(setup.Months)} months per case (seed {setup.Seed}) from {s.Inputs.ExpectationSource}.");
        var table = new HtmlTable("rules", ["rule", "model", "state", "action", "false alarm", "detection", "evidence", "what it checks"]) { Choices = ["state", "action"] };
        foreach (var r in s.Report.Rules)
        {
            var state = RuleStanding.Of(r, s.Rules);
            table.RowWithClass(state switch { RuleState.Fired => "fired", RuleState.Near => "near", _ => null },
                r.Rule, r.Model, new Cell(state.ToString().ToLowerInvariant(), ((int)state).ToString(), state switch { RuleState.Fired => "fail", RuleState.Near => "warn", _ => "ok" }),
                r.Action.Text(), r.FalseAlarm is { } f ? Cell.Percent(f, 1) : new Cell("- (reads PSI)"), r.Detection is { } d ? Cell.Percent(d, 1) : new Cell("-"),
                r.Evidence, r.Description);
        }
        page.Table(table);
    }

    private static void Sources(PageWriter page, MonitoringState s)
    {
        var table = new HtmlTable("sources", ["figure", "value", "where it comes from"]) { Sortable = false };
        table.Row("as-of date", s.AsOf.ToString("yyyy-MM-dd"), s.AsOfSource);
        table.Row("label maturity", s.Inputs.Maturity.Meaning, s.Inputs.MaturitySource);
        table.Row("baseline (lift = rate ÷ baseline)", Percent(s.Inputs.Baseline), s.Inputs.BaselineSource);
        table.Row("expected month (for false alarm and detection)", $"{Percent(s.Inputs.Expectation.OverallRate)} overall, top decile {Percent(s.Inputs.Expectation.TopDecileRate)}",
            s.Inputs.ExpectationSource);
        table.Row("drift readings", $"{N(s.Inputs.Drift.Count)} PSI values", $"the checks of the published scoring runs, champion {s.Inputs.List.Champion}");
        table.Row("leads", N(s.Inputs.Leads.Count), $"monitor.outcomes of list {s.Inputs.List.ListId}, each model's percentile recomputed within the list");
        page.Table(table);
    }
}
