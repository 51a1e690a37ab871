using Spectre.Console;
using LeadScore.Backtest;
using LeadScore.Dashboard;
using LeadScore.Backtest.Legacy;
using LeadScore.Cli.Fixtures;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Data;
using LeadScore.Data.Input;
using LeadScore.Engine.Import;
using LeadScore.Engine.Schema;
using LeadScore.Metrics;
using LeadScore.Registry;
using LeadScore.Storage;

namespace LeadScore.Cli.Demo;

/// <summary>
/// The demo: the synthetic month (<see cref="DemoSynthetic"/>); then, with the fixtures, all real V4.1 leads scored
/// with V4.1-R3 and V4.0.0, each evaluated on its TEST window next to the published figures and checked against
/// xgboost's own outputs, the reasons behind a few leads, the original's backtest reproduced next to the like-for-like
/// comparison, and the honest retrain of R3 (<see cref="DemoRetrain"/>).
/// </summary>
public sealed class DemoRun(CliOutput output, string? fixtures, int leadsToExplain, string outFolder, bool retrain, int advisors, long seed,
    bool syntheticOnly = false)
{
    public int Run()
    {
        output.Line("leadscore demo: a synthetic warehouse built here, then (with the fixtures) the real V4.1 leads and models");
        new DemoSynthetic(output, outFolder, advisors, seed).Run(fixtures);
        if (!syntheticOnly && fixtures is null)
            output.Line($"the real V4.1 parity part is skipped: the fixtures were not found ({string.Join(", ", FixtureLocator.Candidates())}); pass --fixtures DIR or set LEADSCORE_FIXTURES to see it.");
        else if (!syntheticOnly)
        {
            output.Line();
            Real(fixtures!);
        }
        Dashboard();
        return 0;
    }

    // The month as pages: the static dashboard of the demo's warehouse and registry (leadscore serve --static).
    private void Dashboard()
    {
        var sources = new DashboardSources(Path.GetFullPath(Path.Combine(outFolder, "warehouse.duckdb")), Path.GetFullPath(Path.Combine(outFolder, "registry")));
        var folder = Path.Combine(outFolder, "dashboard");
        output.Console.WriteLine();
        output.Console.Write(new Rule($"[bold]dashboard[/] of the month (leadscore serve --static {Markup.Escape(folder)})").LeftJustified());
        var started = System.Diagnostics.Stopwatch.StartNew();
        var site = StaticSite.Write(sources, folder, DateTimeOffset.UtcNow);
        output.Line($"wrote {site.Documents} pages ({site.Bytes / 1024.0 / 1024.0:0.0} MB) in {started.Elapsed.TotalSeconds:0.0} s; open {new Uri(site.Index)} in a browser (no network needed)");
        output.Line($"or serve it: ./leadscore serve --db {Path.Combine(outFolder, "warehouse.duckdb")} --registry {Path.Combine(outFolder, "registry")}   then open http://127.0.0.1:5080/");
    }

    private void Real(string fixtures)
    {
        var leadsFile = Path.Combine(fixtures, "leads_v41.parquet");
        output.Line($"leadscore demo: real V4.1 leads and models from {Path.GetFullPath(fixtures)}");
        var outcomes = LeadOutcomes.Read(leadsFile);
        output.Line($"{outcomes.Count:N0} contacted leads, {outcomes.Values.Count(o => o.Target == 1):N0} converted");
        var view = new ParityView(output);
        ScoredTable? production = null;
        foreach (var original in new[] { OriginalModel.V41R3, OriginalModel.V400 })
        {
            var model = ModelLoader.Load(original.ModelPath(fixtures));
            var leads = ScoredTable.Score(leadsFile, model, SchemaResolver.Resolve(original.Schema, model).BindTo(model));
            var test = leads.Outcomes(outcomes, original.Test);
            var train = leads.Outcomes(outcomes, original.Train);
            var testEvaluation = ModelEvaluation.Compute(test.Scores, test.Labels);
            var published = PublishedFigures.For(original, fixtures);
            view.Model(original, model, leads, testEvaluation, ModelEvaluation.Compute(train.Scores, train.Labels), published,
                ReferenceCheck.Run(leads, original, fixtures));
            Chart(Path.Combine(outFolder, $"lift_{original.Name}.svg"), EvaluationCharts.Lift(
                $"{original.Name}: lift by score decile, TEST {original.Test} ({testEvaluation.Count:N0} leads); orange: published", testEvaluation.Deciles, published.Deciles));
            production ??= leads;
        }
        Explain(production!, outcomes);
        Backtest(leadsFile, fixtures);
        if (retrain) new DemoRetrain(output, fixtures, outFolder).Run();
    }

    // The highest- and lowest-scored TEST leads of the production model, with their reasons.
    private void Explain(ScoredTable leads, IReadOnlyDictionary<string, LeadOutcome> outcomes)
    {
        var test = leads.Outcomes(outcomes, OriginalModel.V41R3.Test);
        var percentile = Percentile.Of(test.Scores);
        var order = Enumerable.Range(0, test.Rows.Length).OrderByDescending(j => test.Scores[j]).ToArray();
        var chosen = order.Take((leadsToExplain + 1) / 2).Concat(order.TakeLast(leadsToExplain / 2)).Distinct().ToArray();
        var reasons = leads.Reasons(chosen.Select(j => test.Rows[j]).ToArray(), 3);
        output.Console.WriteLine();
        output.Console.Write(new Rule("[bold]why[/]: the highest- and lowest-scored TEST leads, v4.1.0_r3 (exact TreeSHAP, log-odds)").LeftJustified());
        ExplainedRowsView.Show(output, "lead", "score", chosen.Select((j, n) =>
            new ExplainedRow(leads.Ids[test.Rows[j]], test.Scores[j], percentile[j], test.Labels[j] == 1, reasons[n])).ToArray());
    }

    // The original's backtest reproduced, and the same comparison like for like (leadscore backtest --legacy), kept
    // in the registry as V4.1.0's evidence against V4.0.0 (--record: each model named by the version holding its file).
    private void Backtest(string leadsFile, string fixtures)
    {
        var demoRegistry = new DemoRegistry(output, outFolder);
        var registry = ModelRegistry.Open(demoRegistry.Path);
        LoadedModel Load(string role, OriginalModel original)
        {
            var model = LoadedModel.Load(role, original.Name, original.ModelPath(fixtures), original.Schema);
            return model with { Identity = model.Identity with { Version = registry.VersionWithModel(model.Identity.Sha256) } };
        }
        var request = new BacktestRequest(leadsFile, null, null, Commands.BacktestCommand.LegacyWindow, Load("champion", OriginalModel.V400),
            Load("challenger", OriginalModel.V41R3), new BacktestPolicy(SelectionKind.DropBottom, LegacyBacktest.ListSize));
        var r = LegacyBacktest.Execute(request);
        var (l, c) = (r.Legacy!, r.Comparison);
        output.Console.WriteLine();
        output.Console.Write(new Rule("[bold]backtest[/]: V4.0.0 against V4.1 on the TEST leads (leadscore backtest --legacy)").LeftJustified());
        output.Line($"the original: {l.Original[0].Removed:N0} and {l.Original[1].Removed:N0} leads removed (ties left V4.0.0 {l.Original[0].Bins} percentile bins), " +
                    $"{l.Original[0].Conversions} of {l.Original[0].Kept:N0} against {l.Original[1].Conversions} of {l.Original[1].Kept:N0}; its \"66.1% confidence\" reproduced: " +
                    $"{l.Confidence.Confidence:0.0000} (closed form {l.Confidence.ClosedForm:0.0000}), a normal draw against another with an assumed 10% spread");
        output.Line($"like for like (each model drops exactly its bottom fifth, V4.0.0 scored with all its features): {r.Champion.Conversions} against {r.Challenger.Conversions} of {r.Challenger.Kept:N0}; " +
                    $"paired difference {100 * c.Paired.Rate.Estimate:+0.00} points (95% {100 * c.Paired.Rate.Lower:+0.00} to {100 * c.Paired.Rate.Upper:+0.00}), " +
                    $"P(V4.1 converts better) {100 * c.Bayes.Probability:0.0}%, {c.Power!.LeadsPerArm:N0} leads per arm to detect it: {Commands.BacktestCommand.Verdict(c.Verdict)}");
        demoRegistry.RecordLegacy(r);
    }

    // A chart is a side product: failing to write it is reported and the demo goes on.
    private void Chart(string path, LeadScore.Charts.Chart chart)
    {
        try
        {
            Directory.CreateDirectory(outFolder);
            AtomicFile.WriteBytes(path, chart.Encode(path));
            output.Line($"chart: {path}");
        }
        catch (StorageException e)
        {
            output.Err.WriteLine($"warning: the chart was not written ({e.Message}); the demo goes on.");
        }
    }
}
