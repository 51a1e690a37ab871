using System.Globalization;
using System.Text.Json.Nodes;

namespace LeadScore.Cli.Demo;

/// <summary>The figures the original team published for a model, read from the fixtures (absent ones are null).</summary>
public sealed record PublishedFigures(string Source, double? TestAuc, double? TestAveragePrecision, double? TopDecileLift,
    double? TrainAuc, int? TestSize, IReadOnlyList<PublishedDecile> Deciles)
{
    public static PublishedFigures For(DemoModel model, string fixtures) => model.Name switch
    {
        "v4.1.0_r3" => R3(fixtures),
        _ => FromTrainingMetrics(Path.Combine(fixtures, "models", model.Name, "training_metrics.json")),
    };

    // validation_results_r3.json and lift_by_decile_r3.csv are the published R3 evaluation; train AUC is in training_metrics.json.
    private static PublishedFigures R3(string fixtures)
    {
        var validation = Json(Path.Combine(fixtures, "published", "validation_results_r3.json"))?["metrics"];
        var training = Json(Path.Combine(fixtures, "models", "v4.1.0_r3", "training_metrics.json"))?["metrics"];
        var deciles = ReadDeciles(Path.Combine(fixtures, "published", "lift_by_decile_r3.csv"));
        return new PublishedFigures("published/validation_results_r3.json, lift_by_decile_r3.csv",
            Number(validation, "auc_roc"), Number(validation, "auc_pr"), Number(validation, "top_decile_lift"),
            Number(training, "train_auc"), (int?)Number(validation, "test_size"), deciles);
    }

    private static PublishedFigures FromTrainingMetrics(string path)
    {
        var metrics = Json(path);
        return new PublishedFigures(Path.GetFileName(path), Number(metrics, "test_auc_roc"), Number(metrics, "test_auc_pr"),
            Number(metrics, "test_lift_10"), Number(metrics, "train_auc_roc"), (int?)Number(metrics, "test_size"), []);
    }

    private static JsonNode? Json(string path) => File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;

    private static double? Number(JsonNode? node, string key) =>
        node?[key] is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    private static IReadOnlyList<PublishedDecile> ReadDeciles(string path)
    {
        if (!File.Exists(path)) return [];
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        return lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).Select(p => new PublishedDecile(
            int.Parse(p[Col("decile")], CultureInfo.InvariantCulture),
            int.Parse(p[Col("count")], CultureInfo.InvariantCulture),
            int.Parse(p[Col("conversions")], CultureInfo.InvariantCulture),
            double.Parse(p[Col("lift")], CultureInfo.InvariantCulture))).ToList();
    }
}

/// <summary>One row of a published decile table.</summary>
public sealed record PublishedDecile(int Decile, int Count, int Conversions, double Lift);
