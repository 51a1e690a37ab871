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
/// The month after the list: outcomes drawn from the generator's truth (healthy, and with the model's ranking broken in
/// a copy of the warehouse), imported, and monitored as of day 58 with both presets (<c>leadscore synth outcomes</c>,
/// <c>outcomes import</c>, <c>monitor</c>). Lifts are measured over the list's true rate.
/// </summary>
public sealed class DemoMonitoring(CliOutput output, string outFolder)
{
    private static readonly DateOnly AsOf = new(2026, 2, 28);

    public void Run(string db, string listMonth)
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
            var top = chosen.Months.First(m => m.Role == ModelScore.Champion && m.Segment == Segment.TopDecile).Figures;
            output.Line($"{name}: {inputs.Leads.Count:N0} leads, top decile {top.Conversions} of {top.Leads} converted (lift {top.Lift:0.00}× over the list's true rate " +
                        $"{100 * listRate:0.00}%, 95% {top.Lower / listRate:0.00}–{top.Upper / listRate:0.00}); default rules: {Verdict(chosen)}; seed rules: {Verdict(seed)}");
        }
        output.Line($"try: ./leadscore monitor --db {Path.Combine(outFolder, "warehouse-degraded.duckdb")} --as-of {AsOf:yyyy-MM-dd} --baseline {rate.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)}");
    }

    private static string Verdict(MonitorReport report) =>
        $"{MonitorView.Action(report.Strongest)}" + (report.Rules.Any(r => r.Fired) ? $" ({string.Join(", ", report.Rules.Where(r => r.Fired).Select(r => r.Rule).Distinct())})" : "");
}
