using LeadScore.Backtest;
using LeadScore.Cli.Commands;
using LeadScore.Cli.Fixtures;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Models.Gates;
using LeadScore.Registry;
using LeadScore.Storage;
using Spectre.Console;

namespace LeadScore.Cli.Demo;

/// <summary>
/// The demo's model registry (<c>leadscore registry</c>): the synthetic versions registered and promoted through the
/// gates in the order they were trained, the last one left as the challenger in shadow; with the fixtures, the real
/// V4.0.0 and V4.1-R3 imported beside them as candidates (<c>registry import-xgboost</c>). Events are dated in the
/// synthetic calendar, never before the labels the models learnt from were read.
/// </summary>
public sealed class DemoRegistry(CliOutput output, string outFolder)
{
    /// <summary>Who the demo's events are by; the demo replaces only a registry whose every event is by it.</summary>
    public const string Actor = "leadscore demo";

    /// <summary>The backtest of the challenger against the champion is recorded two days after the month's run.</summary>
    public static readonly DateTimeOffset BacktestRecorded = At(2026, 1, 2, 9);

    public static readonly DateTimeOffset ReadinessRecorded = At(2026, 1, 2, 10);

    /// <summary>The fixtures' backtest (V4.1.0 against V4.0.0), recorded after the synthetic world's evidence.</summary>
    public static readonly DateTimeOffset LegacyRecorded = At(2026, 1, 2, 11);

    /// <summary>The monitor acts the morning after the outcomes it read (as of 2026-02-28).</summary>
    public static readonly DateTimeOffset MonitorActed = At(2026, 3, 1, 9);

    // Labels are read on 2025-12-15 (DemoSynthetic.AnalysisDate): the first version is registered the day after, each
    // later champion two days after the one before, and the challenger two days before the month's run.
    private static readonly DateTimeOffset FirstRegistered = At(2025, 12, 16, 9);
    private static readonly DateTimeOffset ChallengerRegistered = At(2025, 12, 29, 9);

    public string Path => System.IO.Path.Combine(outFolder, "registry");

    /// <summary>The copy the degraded monitoring scenario acts on.</summary>
    public string DegradedPath => System.IO.Path.Combine(outFolder, "registry-degraded");

    /// <summary>Refuses to replace a registry (or anything else) the demo did not write; the demo command calls it before any work.</summary>
    public void CheckReplaceable()
    {
        foreach (var path in new[] { Path, DegradedPath })
        {
            if (File.Exists(path)) throw CliException.DemoOutputNotOurs(path);
            if (!Directory.Exists(path) || !Directory.EnumerateFileSystemEntries(path).Any()) continue;
            bool ours;
            try { ours = ModelRegistry.Open(path).State().Events.All(e => e.Actor == Actor); }
            catch (RegistryException) { ours = false; }
            if (!ours) throw CliException.DemoOutputNotOurs(path);
        }
    }

    /// <summary>
    /// Builds the registry from the trained versions (oldest first; the last becomes the challenger, the one before
    /// it the champion) and, with <paramref name="fixtures"/>, the real models as candidates.
    /// </summary>
    public ModelRegistry Build(IReadOnlyList<DemoModels.Trained> models, string? fixtures)
    {
        output.Console.Write(new Rule($"[bold]model registry[/] {Markup.Escape(Path)} (leadscore registry; events dated in the synthetic calendar)").LeftJustified());
        // Built in a hidden folder beside the old registry and swapped in whole at the end of this step: a demo
        // stopped before then leaves the previous registry as it was.
        using (var folder = new AtomicFolder(Path, replace: true))
        {
            var registry = ModelRegistry.OpenOrCreate(folder.Path);
            var story = new List<string>();
            var time = FirstRegistered;
            for (int i = 0; i < models.Count; i++)
            {
                var m = models[i];
                bool challenger = i == models.Count - 1;
                if (challenger) time = ChallengerRegistered;
                registry.Register(m.Folder, m.Version, Actor, $"leadscore demo: {m.FeatureSet}", time: time);
                registry.Promote(m.Version, ModelStatus.Challenger, Actor, "shadow scoring on the month's advisors", null, force: false, time.AddMinutes(30));
                if (challenger)
                {
                    story.Add($"{m.Version} the challenger (shadow) from {time.AddMinutes(30):yyyy-MM-dd HH:mm}");
                    break;
                }
                var live = time.AddHours(6);
                var e = Champion(registry, m.Version, i == 0 ? "the synthetic world's first model"
                    : $"adds features {models[i - 1].Version} lacks; no backtest against {models[i - 1].Version} was run", live);
                story.Add($"{m.Version} champion from {live:yyyy-MM-dd HH:mm}" + (e.Forced ? " (FORCED)" : "") + (i > 0 ? $", {models[i - 1].Version} deprecated" : ""));
                time = time.AddDays(2);
            }
            output.Line($"history (UTC): {string.Join("; ", story)}");
            if (fixtures is not null) Import(registry, fixtures, ChallengerRegistered.AddHours(2));
            var state = registry.State();
            folder.Commit();
            output.Line($"{state.Versions.Count} versions, {state.Events.Count} events; try: ./leadscore registry history --registry {Path}");
        }
        return ModelRegistry.Open(Path);
    }

    /// <summary>Keeps the fixtures' backtest (V4.1.0 against V4.0.0) as V4.1.0's evidence, written as <c>backtest --json</c> writes it.</summary>
    public void RecordLegacy(BacktestResult result)
    {
        var registry = ModelRegistry.Open(Path);
        var file = System.IO.Path.Combine(outFolder, "backtest-legacy.json");
        result.Write(file);
        var e = registry.RecordEvidence(result.Challenger.Model.Version!, "backtest", file, result.Champion.Model.Version, BacktestCommand.EvidenceSummary(result),
            Actor, LegacyRecorded);
        output.Line($"recorded in {Path} as event #{e.Seq}: backtest evidence for {e.Version} against {e.Against} ({file})");
    }

    /// <summary>A copy of the registry, whole, at <see cref="DegradedPath"/>.</summary>
    public ModelRegistry CopyForDegraded()
    {
        using (var folder = new AtomicFolder(DegradedPath, replace: true))
        {
            foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
            {
                var name = System.IO.Path.GetRelativePath(Path, file);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.Combine(folder.Path, name))!);
                folder.CopyIn(file, name);
            }
            folder.Commit();
        }
        return ModelRegistry.Open(DegradedPath);
    }

    // Through the gates; when the registry refuses, the promotion is forced in the open: the event says FORCED and its
    // reason quotes the refusal (the gates were set for the real leads, and the synthetic models fail some of them).
    private RegistryEvent Champion(ModelRegistry registry, string version, string why, DateTimeOffset time)
    {
        try
        {
            return registry.Promote(version, ModelStatus.Champion, Actor, why, null, force: false, time);
        }
        catch (RegistryException refused)
        {
            // The refusal's first clause says what was wrong; the rest is advice for the command line.
            var e = registry.Promote(version, ModelStatus.Champion, Actor, $"{why}; forced by the demo: without force the registry refuses it ({refused.Message.Split("; ")[0].TrimEnd('.')})",
                null, force: true, time);
            RegistryView.Done(output, e);
            return e;
        }
    }

    // The real models, as `registry import-xgboost` imports them: candidates with the gates of their recorded metrics.
    private void Import(ModelRegistry registry, string fixtures, DateTimeOffset time)
    {
        foreach (var (original, version) in new[] { (OriginalModel.V400, "v4.0.0"), (OriginalModel.V41R3, "v4.1.0") })
        {
            Imports.XGBoost(registry, System.IO.Path.GetDirectoryName(original.ModelPath(fixtures))!, version, original.Schema, Actor, time);
            var gates = GateReport.Read(registry.VersionFolder(version))!;
            output.Line($"imported {original.Name} as {version} (candidate, schema {original.Schema}); gates on its recorded metrics: {RetrainView.Gates(gates.Gates)}");
            time = time.AddMinutes(30);
        }
    }

    private static DateTimeOffset At(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);
}
