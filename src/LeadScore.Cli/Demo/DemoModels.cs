using System.Diagnostics;
using LeadScore.Cli.Fixtures;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Training;
using LeadScore.Training.Config;
using LeadScore.Warehouse.Features;

namespace LeadScore.Cli.Demo;

/// <summary>
/// The synthetic world's model history, each trained as <c>leadscore train</c> does (the R3 settings, the same
/// TRAIN/TEST split, on the warehouse's labelled leads) and written as a model directory. The versions differ only in
/// their feature sets: each adds back features the generator's truth uses, so each should rank a little better.
/// </summary>
public sealed class DemoModels(CliOutput output, string outFolder)
{
    /// <summary>A trained version: its name, its model directory, its feature set in words, and the training run.</summary>
    public sealed record Trained(string Version, string Folder, string FeatureSet, TrainingResult Result);

    // Oldest first. An email on file (+0.55 in the truth's log-odds), IA registration (+0.3) and an independent RIA
    // (+0.25) are among the generator's strongest single effects (ConversionOracle).
    private static readonly (string Version, string[] Without)[] History =
    [
        ("synthetic-v1", ["has_email", "is_ia_rep_type", "is_independent_ria"]),
        ("synthetic-v2", ["has_email", "is_ia_rep_type"]),
        ("synthetic-v3", []),
    ];

    /// <summary>Trains every version, oldest first; the last is the full R3 feature list.</summary>
    public IReadOnlyList<Trained> Train(string db)
    {
        var trained = new List<Trained>();
        foreach (var (version, without) in History)
        {
            var clock = Stopwatch.StartNew();
            var features = OriginalModel.V41R3.Features.Where(f => !without.Contains(f)).ToArray();
            var result = TrainingRun.Run(new TrainingRequest(db, FeatureTables.TrainingTable, ConfigDocument.Defaults(), features, [], false, null),
                new CliObserver(output));
            var folder = Path.Combine(outFolder, $"model-{version}");
            ModelDirectoryWriter.Write(result, folder, overwrite: true, EvaluationCharts.For(result));
            string set = without.Length == 0 ? $"the full R3 list ({features.Length} features)" : $"R3 without {string.Join(", ", without)} ({features.Length} features)";
            var test = result.TestReport!;
            output.Line($"{version}: {set}: TEST AUC {test.Auc.Auc:F4} [{test.Auc.Lower:F4}, {test.Auc.Upper:F4}], top-decile lift {test.TopDecileLift.Estimate:F2}x, " +
                        $"{result.Model.Trees.Count} trees; gates {RetrainView.Gates(result.Gates)} -> {folder} ({clock.Elapsed.TotalSeconds:F1} s)");
            trained.Add(new Trained(version, folder, set, result));
        }
        return trained;
    }
}
