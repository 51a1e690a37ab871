using System.Diagnostics;
using System.Globalization;
using LeadScore.Cli.Fixtures;
using LeadScore.Cli.Terminal;
using LeadScore.Scoring;
using LeadScore.Scoring.Checks;
using LeadScore.Scoring.Narratives;
using LeadScore.Training;
using LeadScore.Training.Config;
using LeadScore.Warehouse.Features;
using LeadScore.Warehouse.Synthetic;
using Spectre.Console;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Bench;

/// <summary>
/// <c>bench scoring-run</c>: the monthly scoring run at the real scale — 281k producing advisors of a synthetic
/// warehouse of 788,000, a champion and one challenger in shadow, exact SHAP, reasons, narratives, checks, written to
/// DuckDB — timed stage by stage, twice: first building the prospect features, then reusing them (a re-run of the
/// month). The setup (warehouse, training features, two models) is timed apart and not part of the run.
/// </summary>
public sealed class ScoringRunBench(CliOutput output, int advisors, string workFolder)
{
    public int Run()
    {
        var world = BenchWorld.Create(advisors, workFolder);
        var (db, champion, challenger) = (world.Database, world.Champion, world.Challenger);
        output.Line($"setup (not timed below): synthetic warehouse of {advisors:N0} advisors, training features, two models in {world.Setup.TotalSeconds:F1} s");

        var models = new[]
        {
            RunModel.Load(new ModelSource("champion", ModelRole.Champion, champion, champion)),
            RunModel.Load(new ModelSource("challenger", ModelRole.Shadow, challenger, challenger)),
        };
        var runs = new List<(string Name, ScoringResult Result, TimeSpan Total)>();
        foreach (var name in new[] { "first run (features built)", "second run (features reused)" })
        {
            var watch = Stopwatch.StartNew();
            var result = ScoringRun.Execute(new ScoringRequest(db, new DateOnly(2025, 12, 31), "bench", models, CheckThresholds.Defaults, PhraseBook.BuiltIn));
            runs.Add((name, result, watch.Elapsed));
        }
        var stages = runs[0].Result.Timings.Keys.Concat(["write"]).Distinct().ToArray();
        var table = new Table().AddPlainColumns(["stage", .. runs.Select(r => r.Name)]);
        foreach (var stage in stages)
            table.AddPlainRow([stage, .. runs.Select(r => r.Result.Timings.TryGetValue(stage, out var s) ? Timing.Duration(TimeSpan.FromSeconds(s)) : "-")]);
        table.AddPlainRow(["total", .. runs.Select(r => Timing.Duration(r.Total))]);
        output.Console.Write(table);
        output.Line(string.Create(CultureInfo.InvariantCulture,
            $"{runs[0].Result.Run.Advisors:N0} advisors x 2 models = {runs[0].Result.Run.ScoreRows:N0} rows; status {runs[0].Result.Run.Status}; " +
            $"peak memory {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MiB; {Environment.ProcessorCount} cores; database {db}"));
        return 0;
    }
}
