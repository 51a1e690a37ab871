using System.Diagnostics;
using LeadScore.Backtest;
using LeadScore.Cli.Commands;
using LeadScore.Cli.Terminal;
using LeadScore.Data.Labeled;
using LeadScore.Lists.Policy;
using LeadScore.Registry;
using LeadScore.Reports;
using LeadScore.Storage;
using LeadScore.Warehouse.Features;
using Spectre.Console;
using ListRules = LeadScore.Lists.Rules.RuleSet;

namespace LeadScore.Cli.Demo;

/// <summary>
/// The challenger against the champion on the synthetic history, each arm replaying the lead-list policy month by month
/// (<c>leadscore backtest --policy list --record</c>), then the deployment readiness report written from the registry,
/// that backtest and the month's scoring run (<c>leadscore report readiness --db --record</c>), as Markdown and HTML.
/// </summary>
public sealed class DemoBacktest(CliOutput output, string outFolder)
{
    /// <param name="db">The warehouse: its labelled leads and its last published scoring run.</param>
    /// <param name="registry">The demo's registry, with a champion and a challenger.</param>
    /// <param name="window">Contact dates to compare on: the models' TEST window, which neither trained on.</param>
    /// <param name="listSize">Leads in a month's list.</param>
    public void Run(string db, ModelRegistry registry, DateRange window, int listSize)
    {
        var state = registry.State();
        string champion = state.Champion!, challenger = state.Resolve("challenger").Version;
        output.Console.Write(new Rule($"[bold]backtest[/] {challenger} against {champion}, the list policy over {window} " +
                                      "(leadscore backtest --policy list --record; report readiness --db --record)").LeftJustified());
        var clock = Stopwatch.StartNew();
        var request = new BacktestRequest(db, FeatureTables.TrainingTable, db, window, Load(registry, "champion", champion), Load(registry, "challenger", challenger),
            BacktestPolicy.Parse("list", listSize), ListPolicy: ListPolicy.Resolve("default"), Rules: ListRules.Builtin());
        var result = BacktestRun.Execute(request);
        var (a, b, c) = (result.Champion, result.Challenger, result.Comparison);
        output.Line($"{result.Leads:N0} leads ({result.Conversions:N0} converted), {result.Months} monthly lists per arm: {challenger} keeps {b.Conversions} of {b.Kept:N0} " +
                    $"({100 * b.Rate.Rate:0.00}%), {champion} {a.Conversions} of {a.Kept:N0} ({100 * a.Rate.Rate:0.00}%); paired difference " +
                    $"{100 * c.Paired.Rate.Estimate:+0.00;-0.00} points (95% {100 * c.Paired.Rate.Lower:+0.00;-0.00} to {100 * c.Paired.Rate.Upper:+0.00;-0.00}): " +
                    $"verdict {BacktestCommand.Verdict(c.Verdict)} ({clock.Elapsed.TotalSeconds:F1} s)");
        var json = Path.Combine(outFolder, "backtest-list.json");
        result.Write(json);
        var e = registry.RecordEvidence(challenger, "backtest", json, champion, BacktestCommand.EvidenceSummary(result), DemoRegistry.Actor, DemoRegistry.BacktestRecorded);
        output.Line($"recorded in {registry.Path} as event #{e.Seq}: backtest evidence for {challenger} against {champion} ({json})");
        Readiness(db, registry, challenger);
    }

    // The report from evidence only: the registry, the backtest just recorded and the month's published run (--db).
    private void Readiness(string db, ModelRegistry registry, string challenger)
    {
        var gathered = ReadinessEvidence.Collect(registry, new ReadinessRequest(challenger, Warehouse: db));
        var rules = ReadinessRules.Builtin();
        var report = ReadinessReport.Build(gathered, rules, DemoRegistry.ReadinessRecorded);
        var html = Path.Combine(outFolder, "readiness.html");
        foreach (var file in new[] { Path.Combine(outFolder, "readiness.md"), html }) AtomicFile.WriteText(file, report.Render(file));
        output.Line($"readiness report: {ReportCommand.Decision(report, rules, gathered)}");
        var e = registry.RecordEvidence(challenger, "readiness", html, gathered.Champion.Version, ReportCommand.EvidenceSummary(report, gathered),
            DemoRegistry.Actor, DemoRegistry.ReadinessRecorded);
        output.Line($"wrote {html} and readiness.md; recorded as event #{e.Seq}: readiness evidence for {challenger} against {gathered.Champion.Version}");
    }

    // A registry version as `backtest --champion registry:VERSION` loads it: its checked-out folder, named by its version.
    private static LoadedModel Load(ModelRegistry registry, string role, string version) =>
        LoadedModel.Load(role, ModelReference.Prefix + version, registry.Checkout(version), null, version);
}
