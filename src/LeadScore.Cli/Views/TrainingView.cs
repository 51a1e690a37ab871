using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Training;
using LeadScore.Models.Gates;
using LeadScore.Training.Leakage;
using LeadScore.Training.Search;
using Spectre.Console;

namespace LeadScore.Cli.Views;

/// <summary>Renders a training run: split, leakage, search, early stopping, evaluation and gates.</summary>
public sealed class TrainingView(CliOutput output)
{
    public void Show(TrainingResult r, IReadOnlyDictionary<string, string>? published)
    {
        var title = r.Split is { } temporal ? $"temporal split on {temporal.Column}" : $"no date column: every row trains; {r.Validation}";
        var split = new Table().Title(Markup.Escape(title)).AddPlainColumns("window", "dates", "leads", "conversions", "rate");
        foreach (var w in r.Windows)
            split.AddPlainRow(w.Name, w.Window?.ToString() ?? "-", w.Rows.ToString("N0", CultureInfo.InvariantCulture),
                w.Positives.ToString("N0", CultureInfo.InvariantCulture), w.Rate.ToString("P2", CultureInfo.InvariantCulture));
        foreach (var f in r.Folds)
            split.AddPlainRow("validation", f.Fold.Description, f.Valid.Count.ToString("N0", CultureInfo.InvariantCulture),
                f.Valid.Positives.ToString(CultureInfo.InvariantCulture), $"stops at {f.Booster.BestIteration + 1} rounds, AUC {f.Auc:F4}");
        output.Console.Write(split);

        Leakage(r.Leakage, r.DroppedAsLeaky);
        if (r.Search is not null)
        {
            Search(r.Search);
            output.Line($"search: {r.SearchChoice!.Reason}");
        }
        output.Line($"model: {r.Model.Trees.Count} trees ({(!r.Config.Refit ? "the validation fold's model" : r.Split is null ? "refit on every row" : "refit on all of TRAIN")}), " +
                    $"scale_pos_weight {r.Final.ScalePosWeight:F4}, early stopping on {r.Config.EarlyStopping.Metric} " +
                    $"(patience {r.Config.EarlyStopping.Rounds}, cap {r.Config.EarlyStopping.MaxRounds}); calibration " +
                    $"{(r.Calibrator is null ? "none" : $"{r.Calibrator.Method.ToString().ToLowerInvariant()} on {r.Calibrator.FittedOn}")}");

        var view = new EvaluationView(output);
        if (r.TestReport is { } test)
        {
            view.Summary([r.TrainReport, r.ValidationReport, test], published);
            output.Line($"train - test gaps: AUC {r.Metrics["gap.auc"]:F4}, top-decile lift {r.Metrics["gap.top_decile_lift"]:F2}x" +
                        (r.TestData is null ? "" : $"; TEST is {r.TestData}, measured once on the final model"));
        }
        else
        {
            view.Summary([r.TrainReport, r.ValidationReport], published);
            output.Line($"no TEST figures: the table has no date column and no --test-data was given; the honest estimate is the out-of-fold validation column ({r.Validation})");
        }
        var shown = r.TestReport ?? r.ValidationReport;
        view.Deciles(shown);
        view.Reliability(shown);
        view.Importance(r.TestReport ?? r.TrainReport, 12);
        Gates(r.Gates);
    }

    public void Gates(IReadOnlyList<GateResult> gates)
    {
        var table = new Table().Title("gates").AddPlainColumns("gate", "check", "value", "rule", "status");
        foreach (var g in gates)
            table.AddRow(Markup.Escape(g.Id), Markup.Escape(g.Description), g.Value is { } v ? v.ToString("G5", CultureInfo.InvariantCulture) : "-",
                Markup.Escape(Rule(g)), Status(g.Status));
        output.Console.Write(table);
        var overall = GateEvaluator.Overall(gates);
        output.Line($"gates: {gates.Count(g => g.Status == GateStatus.Pass)} pass, {gates.Count(g => g.Status == GateStatus.Warn)} warn, " +
                    $"{gates.Count(g => g.Status == GateStatus.Fail)} fail, {gates.Count(g => g.Status == GateStatus.Skipped)} skipped -> {overall.ToString().ToUpperInvariant()}");
    }

    private void Leakage(IReadOnlyList<LeakageFinding> findings, IReadOnlyList<string> dropped)
    {
        var shown = findings.Where(f => f.Sentinel is not null || f.Verdict != "ok").ToList();
        var table = new Table().Title(Markup.Escape($"leakage check on TRAIN ({findings.Count(f => f.Flagged)} flagged{(dropped.Count > 0 ? $", dropped: {string.Join(", ", dropped)}" : "")})"))
            .AddPlainColumns("feature", "PSI late vs early", "verdict");
        foreach (var f in shown)
            table.AddRow(Markup.Escape(f.Feature), double.IsNaN(f.Psi) ? "-" : f.Psi.ToString("F3", CultureInfo.InvariantCulture),
                f.Flagged ? $"[red]{Markup.Escape(f.Verdict)}[/]" : Markup.Escape(f.Verdict));
        if (shown.Count == 0) table.AddRow("(all)", "", "no sentinel and no drift above the thresholds");
        output.Console.Write(table);
    }

    private void Search(IReadOnlyList<SearchTrial> trials)
    {
        var best = RandomSearch.Best(trials);
        var table = new Table().Title($"random search: {trials.Count} trials, rolling-origin validation on TRAIN (best: trial {best.Trial})")
            .AddPlainColumns("trial", "mean AUC", "std", "rounds", "parameters");
        var shown = trials.OrderByDescending(t => t.MeanAuc).Take(10).ToList();
        if (!shown.Any(t => t.Trial == 0)) shown.Add(trials.First(t => t.Trial == 0));
        foreach (var t in shown)
            table.AddRow(t.Trial == best.Trial ? $"[bold]{t.Trial}[/]" : t.Trial.ToString(CultureInfo.InvariantCulture),
                $"{t.MeanAuc:F4}", $"{t.StdAuc:F4}", $"{t.MeanRounds:F0}",
                t.Drawn.Count == 0 ? "baseline config" : Markup.Escape(string.Join(" ", t.Drawn.Select(kv => $"{kv.Key}={kv.Value:G3}"))));
        output.Console.Write(table);
    }

    private static string Rule(GateResult g)
    {
        var parts = new List<string>();
        if (g.Fail is { } f) parts.Add($"fail unless {g.Op} {f.ToString("G5", CultureInfo.InvariantCulture)}");
        if (g.Warn is { } w) parts.Add($"warn unless {g.Op} {w.ToString("G5", CultureInfo.InvariantCulture)}");
        return string.Join("; ", parts);
    }

    private static string Status(GateStatus status) => status switch
    {
        GateStatus.Pass => "[green]pass[/]",
        GateStatus.Warn => "[yellow]warn[/]",
        GateStatus.Fail => "[red]FAIL[/]",
        _ => "skipped",
    };
}
