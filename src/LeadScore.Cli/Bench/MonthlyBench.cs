using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LeadScore.Cli.Fixtures;
using LeadScore.Cli.Terminal;
using LeadScore.Lists;
using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;
using LeadScore.Scoring;
using LeadScore.Scoring.Checks;
using LeadScore.Scoring.Narratives;
using LeadScore.Storage;
using LeadScore.Training;
using LeadScore.Training.Config;
using LeadScore.Warehouse.Features;
using LeadScore.Warehouse.Lists;
using LeadScore.Warehouse.Synthetic;
using Spectre.Console;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Bench;

/// <summary>One size of the monthly benchmark: the seconds per stage, the rows and the peak memory of the process.</summary>
public sealed record MonthlyFigures(int Advisors, long Scored, int Leads, IReadOnlyDictionary<string, double> Seconds, double Total, double PeakMiB);

/// <summary>
/// <c>bench monthly</c>: the whole month from the raw tables on this machine — prospect features, the champion and one
/// challenger in shadow with exact SHAP, narratives and checks, tiers, the list, the assignment and the export — timed
/// stage by stage with the process's peak memory. The setup (synthetic warehouse, training features, two models) is
/// timed apart. With several <c>--advisors</c>, each size runs in its own process (so each peak is its own) and the
/// figures are printed side by side, to show how time and memory grow.
/// </summary>
public sealed class MonthlyBench(CliOutput output, string workFolder)
{
    private static readonly DateOnly AsOf = new(2025, 12, 31);

    public int Run(IReadOnlyList<int> sizes, string? resultFile, bool setupOnly = false)
    {
        if (setupOnly)
        {
            var world = BenchWorld.Create(sizes[0], Folder(sizes[0]));
            output.Line($"setup (not timed): synthetic warehouse of {sizes[0]:N0} advisors, training features and two models in {world.Setup.TotalSeconds:F1} s");
            return 0;
        }
        if (sizes.Count == 1)
        {
            var figures = Month(sizes[0]);
            if (resultFile is not null) AtomicFile.WriteText(resultFile, JsonSerializer.Serialize(figures));
            Show([figures]);
            return 0;
        }
        var all = new List<MonthlyFigures>();
        foreach (var size in sizes)
        {
            output.Line($"--- {size:N0} advisors (own process) ---");
            all.Add(Child(size));
        }
        Show(all);
        return 0;
    }

    private MonthlyFigures Month(int advisors)
    {
        // The setup runs in a process of its own, so that the peak memory below is the month's alone.
        Own(["bench", "monthly", "--advisors", advisors.ToString(CultureInfo.InvariantCulture), "--work", workFolder, "--setup-only"], $"the {advisors:N0}-advisor setup");
        var folder = Folder(advisors);
        var world = BenchWorld.In(folder);
        var (db, champion, challenger) = (world.Database, world.Champion, world.Challenger);

        var watch = Stopwatch.StartNew();
        var models = new[]
        {
            RunModel.Load(new ModelSource("champion", ModelRole.Champion, champion, champion)),
            RunModel.Load(new ModelSource("challenger", ModelRole.Shadow, challenger, challenger)),
        };
        var scored = ScoringRun.Execute(new ScoringRequest(db, AsOf, "bench", models, CheckThresholds.Defaults, PhraseBook.BuiltIn), output.Line);
        var seconds = scored.Timings.ToDictionary(t => "scoring run: " + t.Key, t => t.Value);
        var list = ListBuild.Execute(db, new ListRequest("2026-01", "bench", ListPolicy.Resolve("default"), RuleSet.Builtin(), AllowShort: true), output.Line);
        foreach (var (stage, s) in list.Timings) seconds["list: " + stage] = s;
        var exportWatch = Stopwatch.StartNew();
        using (var warehouse = Store.OpenExisting(db, readOnly: true)) ListStore.Export(warehouse, "2026-01", Path.Combine(folder, "list.csv"));
        seconds["export csv"] = exportWatch.Elapsed.TotalSeconds;
        double total = watch.Elapsed.TotalSeconds;
        return new MonthlyFigures(advisors, scored.Run.Advisors, list.Summary.Leads, seconds, total, Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0);
    }

    private MonthlyFigures Child(int advisors)
    {
        var result = Path.Combine(workFolder, $"result-{advisors}.json");
        File.Delete(result);
        Own(["bench", "monthly", "--advisors", advisors.ToString(CultureInfo.InvariantCulture), "--work", workFolder, "--result", result], $"the {advisors:N0}-advisor month");
        return JsonSerializer.Deserialize<MonthlyFigures>(File.ReadAllText(result))!;
    }

    private string Folder(int advisors) => Path.Combine(workFolder, advisors.ToString(CultureInfo.InvariantCulture));

    /// <summary>Runs leadscore itself in a child process (its output goes to ours) and requires it to succeed.</summary>
    private static void Own(string[] arguments, string what)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(MonthlyBench).Assembly.Location, .. arguments]) { UseShellExecute = false };
        using var process = Process.Start(start) ?? throw CliException.PeerFailed($"could not start {what}");
        process.WaitForExit();
        if (process.ExitCode != 0) throw CliException.PeerFailed($"{what} exited with {process.ExitCode}");
    }

    private void Show(IReadOnlyList<MonthlyFigures> sizes)
    {
        var table = new Table().Title("the month, from the raw tables").AddPlainColumns(["stage", .. sizes.Select(s => $"{s.Advisors:N0} advisors")]);
        foreach (var stage in sizes[0].Seconds.Keys)
            table.AddPlainRow([stage, .. sizes.Select(s => s.Seconds.TryGetValue(stage, out var v) ? Timing.Duration(TimeSpan.FromSeconds(v)) : "-")]);
        table.AddPlainRow(["total", .. sizes.Select(s => Timing.Duration(TimeSpan.FromSeconds(s.Total)))]);
        table.AddPlainRow(["producing advisors scored (x 2 models)", .. sizes.Select(s => s.Scored.ToString("N0", CultureInfo.InvariantCulture))]);
        table.AddPlainRow(["leads on the list", .. sizes.Select(s => s.Leads.ToString("N0", CultureInfo.InvariantCulture))]);
        table.AddPlainRow(["peak memory (the month's process)", .. sizes.Select(s => $"{s.PeakMiB:N0} MiB")]);
        output.Console.Write(table);
        output.Line($"{Environment.ProcessorCount} cores; target: under 30 s for the month at 788,000 advisors");
    }
}
