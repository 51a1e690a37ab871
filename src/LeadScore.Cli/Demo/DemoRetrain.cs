using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Training;
using LeadScore.Data.Labeled;
using LeadScore.Engine.Import;
using LeadScore.Engine.Schema;
using LeadScore.Metrics;
using LeadScore.Training;
using LeadScore.Training.Config;
using LeadScore.Training.Evaluation;
using Spectre.Console;

namespace LeadScore.Cli.Demo;

/// <summary>
/// The demo's honest retrain: the R3 feature list and settings in LightGBM, early stopping on the last three months
/// of TRAIN instead of TEST, then the same without the leaky sentinel; TEST figures with intervals next to the
/// published R3 model's on the same rows, and a paired test of the difference.
/// </summary>
public sealed class DemoRetrain(CliOutput output, string fixtures, string outFolder)
{
    public void Run()
    {
        var leadsFile = Path.Combine(fixtures, "leads_v41.parquet");
        var features = FixtureLocator.R3Features(fixtures);
        output.Console.WriteLine();
        output.Console.Write(new Rule("[bold]honest retrain[/]: LightGBM with the R3 settings, early stopping on TRAIN's last 3 months, never on TEST").LeftJustified());
        var observer = new CliObserver(output);
        var retrain = TrainingRun.Run(new TrainingRequest(leadsFile, null, ConfigDocument.Defaults(), features, [], false, null), observer);
        var ablation = TrainingRun.Run(new TrainingRequest(leadsFile, null, ConfigDocument.Defaults(), features, [], true, null), observer);

        var r3 = ModelLoader.Load(DemoModel.V41R3.ModelPath(fixtures));
        var r3Features = SchemaResolver.Resolve("v4.1.0_r3", r3).BindTo(r3);
        var config = retrain.Config;
        using var table = LabeledTable.Open(leadsFile);
        var testRows = table.Read(r3Features, config.Target, config.Split.Column, config.Split.Test);
        var trainRows = table.Read(r3Features, config.Target, config.Split.Column, config.Split.Train);
        var published = Evaluator.Evaluate("test", config.Split.Test, r3, testRows, null, config.Bootstrap.Replicates, config.Bootstrap.Seed);
        double publishedGap = RocAuc.Compute(ModelScores.Of(r3, trainRows, false).Probabilities, trainRows.Labels) - published.Auc.Auc;

        var leak = retrain.Leakage.FirstOrDefault(l => l.Flagged);
        if (leak?.Sentinel is { } sentinel)
            output.Line($"leakage check on TRAIN flags {leak.Feature}: the sentinel {sentinel.Value:G} covers {sentinel.ShareEarly:P1} of the earliest " +
                        $"fifth of TRAIN but {sentinel.ShareLate:P1} of the latest, and converts at {sentinel.RiskRatio:F2}x the rest");

        var grid = new Table().AddPlainColumns($"TEST {config.Split.Test}", "published R3 (XGBoost, stopped on TEST)", "retrain (LightGBM)", $"retrain without {leak?.Feature ?? "-"}");
        EvaluationReport[] reports = [published, retrain.TestReport, ablation.TestReport];
        grid.AddPlainRow(["AUC [DeLong 95% CI]", .. reports.Select(r => $"{r.Auc.Auc:F4} [{r.Auc.Lower:F4}, {r.Auc.Upper:F4}]")]);
        grid.AddPlainRow(["top-decile lift [bootstrap 95% CI]", .. reports.Select(r => $"{r.TopDecileLift.Estimate:F2}x [{r.TopDecileLift.Lower:F2}, {r.TopDecileLift.Upper:F2}]")]);
        grid.AddPlainRow(["bottom-20% conversion (pooled)", .. reports.Select(r => r.Bottom20Rate.ToString("P2", CultureInfo.InvariantCulture))]);
        grid.AddPlainRow("TRAIN - TEST AUC gap", $"{publishedGap:F4}", $"{retrain.Metrics["gap.auc"]:F4}", $"{ablation.Metrics["gap.auc"]:F4}");
        grid.AddPlainRow("trees", r3.Trees.Count.ToString(CultureInfo.InvariantCulture), retrain.Model.Trees.Count.ToString(CultureInfo.InvariantCulture),
            ablation.Model.Trees.Count.ToString(CultureInfo.InvariantCulture));
        grid.AddPlainRow(["gates", "-", .. new[] { retrain, ablation }.Select(Gates)]);
        output.Console.Write(grid);

        var retrainTest = table.Read(retrain.Schema.BindTo(retrain.Model), config.Target, config.Split.Column, config.Split.Test);
        var comparison = DeLong.Compare(ModelScores.Of(retrain.Model, retrainTest, false).Probabilities,
            ModelScores.Of(r3, testRows, false).Probabilities, testRows.Labels);
        output.Line($"retrain vs published R3 on the same {testRows.Count:N0} TEST leads: AUC difference {comparison.Difference:+0.0000;-0.0000} " +
                    $"[{comparison.Lower:+0.0000;-0.0000}, {comparison.Upper:+0.0000;-0.0000}], p = {comparison.PValue:F2} (paired DeLong)");

        var folder = Path.Combine(outFolder, "model-v41-lightgbm");
        ModelDirectoryWriter.Write(retrain, folder, overwrite: true, TrainingCharts.For(retrain));
        output.Line($"model directory: {folder} (try: ./leadscore evaluate --model {folder} --data {leadsFile})");
    }

    private static string Gates(TrainingResult r)
    {
        var failed = r.Gates.Where(g => g.Status == LeadScore.Models.Gates.GateStatus.Fail).Select(g => g.Id).ToArray();
        var warned = r.Gates.Where(g => g.Status == LeadScore.Models.Gates.GateStatus.Warn).Select(g => g.Id).ToArray();
        return $"{r.Gates.Count(g => g.Status == LeadScore.Models.Gates.GateStatus.Pass)} pass" +
               (warned.Length > 0 ? $", warn {string.Join(" ", warned)}" : "") + (failed.Length > 0 ? $", FAIL {string.Join(" ", failed)}" : "");
    }
}
