using LeadScore.Lists;
using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;
using LeadScore.Warehouse.Lists;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Data.Labeled;
using LeadScore.Metrics;
using LeadScore.Scoring.Narratives;
using LeadScore.Scoring.Checks;
using LeadScore.Scoring;
using LeadScore.Storage;
using LeadScore.Training.Evaluation;
using LeadScore.Warehouse.Features;
using LeadScore.Warehouse.Synthetic;
using Spectre.Console;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Demo;

/// <summary>
/// The self-contained part of the demo, from the repository alone: the month through the model registry, as a
/// sequence of calls to the layers. A synthetic warehouse at the real scale, the point-in-time feature tables and their
/// audit; the model versions trained on them (<see cref="DemoModels"/>) and their history in a registry
/// (<see cref="DemoRegistry"/>); the monthly scoring of every producing advisor by the registry's champion with the
/// challenger in shadow; the month's list; the challenger backtested against the champion with the list policy and
/// the readiness report (<see cref="DemoBacktest"/>); and the month's outcomes monitored (<see cref="DemoMonitoring"/>).
/// </summary>
public sealed class DemoSynthetic(CliOutput output, string outFolder, int advisors, long seed)
{
    private ScoringResult? published;

    /// <summary>The outcomes are read on this day.</summary>
    public static readonly DateOnly AnalysisDate = new(2025, 12, 15);

    /// <summary>The monthly run scores prospects as of the day after the synthetic snapshot (2025-12-30): January's list.</summary>
    public static readonly DateOnly RunDate = new(2025, 12, 31);
    public static readonly DateOnly AuditDate = new(2025, 6, 15);

    /// <summary>Leads in a month's list: 200 for each of 14 sales reps.</summary>
    private const int ListSize = 2_800;
    private const string ListMonth = "2026-01";

    /// <summary>Runs the synthetic month; <paramref name="fixtures"/> (the v41 folder, or null) adds the real leads' comparison and the real models to the registry.</summary>
    public void Run(string? fixtures)
    {
        Directory.CreateDirectory(outFolder);
        var registry = new DemoRegistry(output, outFolder);
        var db = Path.Combine(outFolder, "warehouse.duckdb");
        output.Console.Write(new Rule($"[bold]synthetic warehouse[/]: {advisors:N0} advisors, seed {seed} -> {Markup.Escape(db)}").LeftJustified());
        Build(db);
        if (fixtures is not null)
            using (var warehouse = Store.OpenExisting(db, readOnly: true))
                FeatureDistributionView.Show(output, FeatureComparison.Compare(warehouse, FeatureTables.TrainingTable, Path.Combine(fixtures, "leads_v41.parquet")),
                    "synthetic features.training", "the real V4.1 leads");

        output.Console.Write(new Rule("[bold]training[/]: the model history, R3 settings, the same TRAIN/TEST split (leadscore train)").LeftJustified());
        var models = new DemoModels(output, outFolder).Train(db);
        var challenger = models[^1];
        AgainstTheTruth(db, challenger);
        var store = registry.Build(models, fixtures);
        Prospects(db, registry.Path);
        DemoSql.Run(output, outFolder, db, published!);
        LeadList(db);
        new DemoBacktest(output, outFolder).Run(db, store, challenger.Result.Split!.Test, ListSize);
        new DemoMonitoring(output, outFolder).Run(db, ListMonth, registry);
    }

    // A fresh warehouse is built beside the old one and takes its place only when complete.
    private void Build(string db)
    {
        using var file = AtomicFile.ForWriter(db, ".wal");
        using (var warehouse = Store.Open(file.TempPath))
        {
            var run = ProgressReporter.Run(output, "synth", advisors, p => SyntheticWarehouse.Fill(warehouse, new SyntheticOptions(advisors, seed), new SynthProgress(p, advisors)), "advisors");
            output.Line($"raw tables: {run.Rows["ria_contacts_current"]:N0} advisors, {run.Rows["contact_registered_employment_history"]:N0} employment spells, " +
                        $"{run.Rows["firms"]:N0} firms, {run.Rows["leads"]:N0} Salesforce leads, {run.Rows["tasks"]:N0} tasks; generated and written in {run.Total.TotalSeconds:F1} s");
            var training = FeatureTables.Training(warehouse, TargetOptions.V41(AnalysisDate));
            output.Line($"features: {training.Rows:N0} labelled leads ({training.Positives:N0} converted within 43 days, read on {AnalysisDate:yyyy-MM-dd}) " +
                        $"as of their contact dates in {training.Elapsed.TotalSeconds:F1} s");
            var audit = PitAudit.Run(warehouse, AuditDate);
            output.Line($"point-in-time audit as of {AuditDate:yyyy-MM-dd}: {audit.ChangedRows:N0} of {audit.Rows:N0} rows changed after adding " +
                        $"{audit.FutureSpells:N0} later spells and {audit.LateEndDates:N0} late end dates -> {(audit.Passed ? "PASS" : "FAIL")}");
        }
        file.Commit();
    }

    // The generator kept each lead's true conversion probability: the best any model could rank.
    private void AgainstTheTruth(string db, DemoModels.Trained model)
    {
        var result = model.Result;
        var test = result.Split!.Test;
        using var table = LabeledTable.Open(db, FeatureTables.TrainingTable);
        var rows = table.Read(result.Schema.BindTo(result.Model), result.Config.Target, result.Split.Column, test);
        (double[] Probabilities, int[] Labels) truth;
        using (var warehouse = Store.OpenExisting(db, readOnly: true)) truth = GroundTruth.TrainingLeads(warehouse, test);
        if (!truth.Labels.SequenceEqual(rows.Labels)) throw new InvalidOperationException("the ground truth's rows do not line up with the TEST rows");
        var comparison = DeLong.Compare(ModelScores.Of(result.Model, rows, false).Probabilities, truth.Probabilities, rows.Labels);
        var leak = result.Leakage.Count(l => l.Flagged);
        output.Line($"{model.Version} on TEST {test}: model AUC {comparison.AucA:F4} [{result.TestReport!.Auc.Lower:F4}, {result.TestReport.Auc.Upper:F4}] against the " +
                    $"ground truth's {comparison.AucB:F4} on the same {rows.Count:N0} leads (difference {comparison.Difference:+0.0000;-0.0000}, p = {comparison.PValue:F2}); " +
                    $"top-decile lift {result.TestReport.TopDecileLift.Estimate:F2}x; leakage check: {(leak == 0 ? "nothing flagged" : $"{leak} feature(s) flagged")}");
    }

    // The monthly run, as `leadscore score --registry` runs it: the registry's champion, every challenger in shadow,
    // every producing advisor scored, explained, checked and published into the warehouse.
    private void Prospects(string db, string registryPath)
    {
        output.Console.Write(new Rule($"[bold]monthly scoring run[/] as of {RunDate:yyyy-MM-dd}: the registry's champion, the challenger in shadow (leadscore score --registry)").LeftJustified());
        var models = RunModels.Resolve(RunModels.DefaultChampion, [], false, registryPath).Select(RunModel.Load).ToArray();
        var result = ScoringRun.Execute(new ScoringRequest(db, RunDate, RunDate.ToString("yyyy-MM-dd"), models, CheckThresholds.Defaults, PhraseBook.BuiltIn), output.Line);
        ScoringRunView.Show(output, result);
        if (!result.Succeeded) throw CliException.DemoStepFailed($"the scoring run as of {RunDate:yyyy-MM-dd} failed its checks", result.Run.Reason ?? "no reason recorded");
        published = result;
        var chart = Path.Combine(outFolder, $"scores-{RunDate:yyyy-MM-dd}.svg");
        AtomicFile.WriteBytes(chart, ScoringRunView.Distribution(result).Encode(chart));
        var champion = result.Models[0];
        var best = Enumerable.Range(0, champion.Count).OrderByDescending(i => champion.Margins[i]).Take(ListSize).Sum(i => champion.Score[i]);
        output.Line($"{champion.Percentiles.Distinct().Count()} distinct percentiles (ties on the margin share one); expected conversions among the best " +
                    $"{ListSize:N0} (the monthly list): {best:F0} (sum of calibrated probabilities); score chart: {chart}");
    }

    // The month's list from the run just published: tiers, filters, backfill, caps, quotas, balanced assignment, checks.
    private void LeadList(string db)
    {
        output.Console.Write(new Rule($"[bold]lead list[/] {ListMonth}").LeftJustified());
        // A smaller world (--advisors) may not fill 14 × 200: the list is then published short, and says by how much and why.
        var result = ListBuild.Execute(db, new ListRequest(ListMonth, null, ListPolicy.Resolve("default"), RuleSet.Builtin(), AllowShort: true), output.Line);
        LeadListView.Show(output, result);
        if (!result.Published) throw CliException.DemoStepFailed($"list {ListMonth} failed its checks", result.Record.Reason ?? "no reason recorded");
        output.Line($"list checks: {result.Checks.Count(c => c.Passed)} of {result.Checks.Count} passed");
        var csv = Path.Combine(outFolder, $"list-{ListMonth}.csv");
        var chart = Path.Combine(outFolder, $"list-{ListMonth}-reps.svg");
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        ListStore.Export(warehouse, ListMonth, csv);
        AtomicFile.WriteBytes(chart, LeadListView.Chart(result).Encode(chart));
        var truth = GroundTruth.ListConversions(warehouse, ListMonth);
        output.Line($"under the generator's ground truth the list's {truth.Leads:N0} advisors would convert {truth.List:F0} times, against {truth.Random:F0} for as many " +
                    $"producing advisors drawn at random; export: {csv}; per-rep chart: {chart}");
    }
}
