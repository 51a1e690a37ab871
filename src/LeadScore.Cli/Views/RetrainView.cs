using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Models.Gates;
using LeadScore.Training;
using LeadScore.Training.Evaluation;
using LeadScore.Training.Leakage;
using Spectre.Console;

namespace LeadScore.Cli.Views;

/// <summary>The published model next to our honest retrain and the retrain without the leaky feature, on the same TEST rows.</summary>
public static class RetrainView
{
    public static void Leak(CliOutput output, LeakageFinding? leak)
    {
        if (leak?.Sentinel is { } sentinel)
            output.Line($"leakage check on TRAIN flags {leak.Feature}: the sentinel {sentinel.Value:G} covers {sentinel.ShareEarly:P1} of the earliest " +
                        $"fifth of TRAIN but {sentinel.ShareLate:P1} of the latest, and converts at {sentinel.RiskRatio:F2}x the rest");
    }

    /// <summary>The three side by side; <paramref name="published"/> is the published model's TEST report, TRAIN - TEST AUC gap and tree count.</summary>
    public static void Compare(CliOutput output, (EvaluationReport Test, double Gap, int Trees) published, TrainingResult retrain, TrainingResult ablation, string? dropped)
    {
        var grid = new Table().AddPlainColumns($"TEST {published.Test.Window}", "published R3 (XGBoost, stopped on TEST)", "retrain (LightGBM)", $"retrain without {dropped ?? "-"}");
        EvaluationReport[] reports = [published.Test, retrain.TestReport!, ablation.TestReport!];
        grid.AddPlainRow(["AUC [DeLong 95% CI]", .. reports.Select(r => $"{r.Auc.Auc:F4} [{r.Auc.Lower:F4}, {r.Auc.Upper:F4}]")]);
        grid.AddPlainRow(["top-decile lift [bootstrap 95% CI]", .. reports.Select(r => $"{r.TopDecileLift.Estimate:F2}x [{r.TopDecileLift.Lower:F2}, {r.TopDecileLift.Upper:F2}]")]);
        grid.AddPlainRow(["bottom-20% conversion (pooled)", .. reports.Select(r => r.Bottom20Rate.ToString("P2", CultureInfo.InvariantCulture))]);
        grid.AddPlainRow("TRAIN - TEST AUC gap", $"{published.Gap:F4}", $"{retrain.Metrics["gap.auc"]:F4}", $"{ablation.Metrics["gap.auc"]:F4}");
        grid.AddPlainRow("trees", published.Trees.ToString(CultureInfo.InvariantCulture), retrain.Model.Trees.Count.ToString(CultureInfo.InvariantCulture),
            ablation.Model.Trees.Count.ToString(CultureInfo.InvariantCulture));
        grid.AddPlainRow(["gates", "-", .. new[] { retrain, ablation }.Select(r => Gates(r.Gates))]);
        output.Console.Write(grid);
    }

    /// <summary>Gate results in a few words: how many pass, which warn, which fail.</summary>
    public static string Gates(IReadOnlyList<GateResult> gates)
    {
        var failed = gates.Where(g => g.Status == GateStatus.Fail).Select(g => g.Id).ToArray();
        var warned = gates.Where(g => g.Status == GateStatus.Warn).Select(g => g.Id).ToArray();
        return $"{gates.Count(g => g.Status == GateStatus.Pass)} pass" +
               (warned.Length > 0 ? $", warn {string.Join(" ", warned)}" : "") + (failed.Length > 0 ? $", FAIL {string.Join(" ", failed)}" : "");
    }
}
