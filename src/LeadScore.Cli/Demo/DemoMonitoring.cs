using LeadScore.Warehouse.Monitoring;
using LeadScore.Cli.Monitoring;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Monitoring;
using LeadScore.Warehouse.Outcomes;
using LeadScore.Warehouse.Synthetic;
using Spectre.Console;
using Monitor = LeadScore.Monitoring.Monitor;
using Rule = Spectre.Console.Rule;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Demo;

/// <summary>
/// The month after the list: outcomes drawn from the generator's truth (healthy, and with the ranking broken in a copy
/// of the warehouse), imported, and monitored as of day 58 with both presets (<c>leadscore synth outcomes</c>,
/// <c>outcomes import</c>, <c>monitor</c>); the champion and the challenger it scored in shadow are measured on the same
/// leads. On the degraded scenario, the strongest action is performed on a copy of the registry (<c>monitor --apply</c>).
/// Lifts are measured over the list's true rate.
/// </summary>
public sealed class DemoMonitoring(CliOutput output, string outFolder)
{
    private static readonly DateOnly AsOf = new(2026, 2, 28);

    public void Run(string db, string listMonth, DemoRegistry registry)
    {
        double rate = 0;
        output.Console.Write(new Rule($"[bold]monitoring[/] the {listMonth} list as of {AsOf:yyyy-MM-dd} (leadscore synth outcomes, outcomes import, monitor)").LeftJustified());
        foreach (var scenario in new[] { OutcomeScenario.Healthy, OutcomeScenario.Degraded })
        {
            string name = scenario.ToString().ToLowerInvariant();
            string warehouse = scenario == OutcomeScenario.Healthy ? db : Path.Combine(outFolder, $"warehouse-{name}.duckdb");
            if (warehouse != db) File.Copy(db, warehouse, overwrite: true);
            string file = Path.Combine(outFolder, $"outcomes-{listMonth}-{name}.csv");
            double listRate;
            using (var store = Store.OpenExisting(warehouse))
            {
                SyntheticOutcomes.Write(store, new SyntheticOutcomeRequest(listMonth, scenario, 42, 60, file));
                OutcomeImport.Run(store, file);
                var truth = GroundTruth.ListConversions(store, listMonth);
                listRate = truth.List / truth.Leads;
                rate = listRate;
            }
            var inputs = MonitorInputs.Read(warehouse, listMonth, AsOf, listRate);
            var request = new MonitorRequest(inputs.Leads, AsOf, inputs.Maturity, inputs.Baseline, RuleSet.Preset("default"), null) { Drift = inputs.Drift };
            var chosen = Monitor.Evaluate(request);
            var seed = Monitor.Evaluate(request with { Rules = RuleSet.Preset("seed") });
            var tops = chosen.Models.Select(m => TopDecile(chosen, m, listRate));
            output.Line($"{name}: {inputs.Leads.Count:N0} leads, true rate {100 * listRate:0.00}%; top decile (lift over that rate) {string.Join(", ", tops)}; " +
                        $"default rules: {Verdict(chosen)}; seed rules: {Verdict(seed)}");
            if (scenario == OutcomeScenario.Degraded) Act(registry, inputs, chosen);
        }
        output.Line($"try: ./leadscore monitor --db {Path.Combine(outFolder, "warehouse-degraded.duckdb")} --as-of {AsOf:yyyy-MM-dd} --baseline {rate.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)}");
    }

    // The strongest rule that fired, with its evidence, and its action performed through a copy of the registry.
    private void Act(DemoRegistry registry, MonitorInputs inputs, MonitorReport report)
    {
        if (report.Rules.FirstOrDefault(r => r.Fired && r.Action == report.Strongest) is { } rule)
            output.Line($"degraded: rule {rule.Rule} fired on {rule.Model} ({MonitorView.Action(rule.Action)}): {rule.Evidence}");
        var copy = registry.CopyForDegraded();
        output.Line($"on a copy of the registry, {copy.Path} (leadscore monitor --registry {copy.Path} --apply):");
        MonitorApply.Run(output, copy, inputs, report, DemoRegistry.Actor, DemoRegistry.MonitorActed);
    }

    // One model's top decile within the list; ties at the top can leave it empty on a small world.
    private static string TopDecile(MonitorReport report, MonitoredModel model, double listRate)
    {
        var row = report.Months.FirstOrDefault(m => m.Model == model.Version && m.Role == model.Role && m.Segment == Segment.TopDecile);
        if (row is null) return $"{model.Role} {model.Version} empty (tied scores)";
        var f = row.Figures;
        return $"{model.Role} {model.Version} {f.Conversions} of {f.Leads} converted ({f.Lift:0.00}×, 95% {f.Lower / listRate:0.00}–{f.Upper / listRate:0.00})";
    }

    private static string Verdict(MonitorReport report) =>
        $"{MonitorView.Action(report.Strongest)}" + (report.Rules.Any(r => r.Fired) ? $" ({string.Join(", ", report.Rules.Where(r => r.Fired).Select(r => r.Rule).Distinct())})" : "");
}
