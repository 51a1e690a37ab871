using LeadScore.Cli.Fixtures;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
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
        var features = OriginalModel.V41R3.Features;
        output.Console.WriteLine();
        output.Console.Write(new Rule("[bold]honest retrain[/]: LightGBM with the R3 settings, early stopping on TRAIN's last 3 months, never on TEST").LeftJustified());
        var observer = new CliObserver(output);
        var retrain = TrainingRun.Run(new TrainingRequest(leadsFile, null, ConfigDocument.Defaults(), features, [], false, null), observer);
        var ablation = TrainingRun.Run(new TrainingRequest(leadsFile, null, ConfigDocument.Defaults(), features, [], true, null), observer);

        var r3 = ModelLoader.Load(OriginalModel.V41R3.ModelPath(fixtures));
        var config = retrain.Config;
        var split = config.Split!;
        using var table = LabeledTable.Open(leadsFile);
        var testRows = table.Read(SchemaResolver.Resolve(OriginalModel.V41R3.Schema, r3).BindTo(r3), config.Target, split.Column, split.Test);
        var trainRows = table.Read(SchemaResolver.Resolve(OriginalModel.V41R3.Schema, r3).BindTo(r3), config.Target, split.Column, split.Train);
        var published = Evaluator.Evaluate("test", split.Test, r3, testRows, null, config.Bootstrap.Replicates, config.Bootstrap.Seed);
        double publishedGap = RocAuc.Compute(ModelScores.Of(r3, trainRows, false).Probabilities, trainRows.Labels) - published.Auc.Auc;

        var leak = retrain.Leakage.FirstOrDefault(l => l.Flagged);
        RetrainView.Leak(output, leak);
        RetrainView.Compare(output, (published, publishedGap, r3.Trees.Count), retrain, ablation, leak?.Feature);

        var retrainTest = table.Read(retrain.Schema.BindTo(retrain.Model), config.Target, split.Column, split.Test);
        var comparison = DeLong.Compare(ModelScores.Of(retrain.Model, retrainTest, false).Probabilities,
            ModelScores.Of(r3, testRows, false).Probabilities, testRows.Labels);
        output.Line($"retrain vs published R3 on the same {testRows.Count:N0} TEST leads: AUC difference {comparison.Difference:+0.0000;-0.0000} " +
                    $"[{comparison.Lower:+0.0000;-0.0000}, {comparison.Upper:+0.0000;-0.0000}], p = {comparison.PValue:F2} (paired DeLong)");

        var folder = Path.Combine(outFolder, "model-v41-lightgbm");
        ModelDirectoryWriter.Write(retrain, folder, overwrite: true, EvaluationCharts.For(retrain));
        output.Line($"model directory: {folder} (try: ./leadscore evaluate --model {folder} --data {leadsFile})");
    }
}
