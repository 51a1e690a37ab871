using System.Globalization;
using System.Text.Json.Nodes;
using LeadScore.Data.Labeled;

namespace LeadScore.Cli.Fixtures;

/// <summary>
/// What the original team published, in one place: the V4.1 split windows, the SHA-256 of their leads file, the
/// R3 TEST headline (shown beside a run on those very rows), and, read from the fixtures, each model's metrics and
/// decile table. Their early stopping watched TEST, so their TEST figures are optimistic; ours never look at TEST.
/// </summary>
public sealed record PublishedFigures(string Source, double? TestAuc, double? TestAveragePrecision, double? TopDecileLift,
    double? TrainAuc, int? TestSize, IReadOnlyList<PublishedDecile> Deciles)
{
    public static readonly DateRange V41Train = new(new(2024, 2, 1), new(2025, 7, 31));
    public static readonly DateRange V41Test = new(new(2025, 9, 1), new(2025, 10, 31));
    public static readonly DateRange V400Test = new(new(2025, 8, 1), new(2025, 10, 31));

    /// <summary>The content hash of leads_v41.parquet, as <c>DataFingerprint.Hash</c> spells it.</summary>
    public const string LeadsHash = "sha256:95d2b3a0aece63058cb3723c7894992854eba3e850f59a8fa2c3e85639e30611";

    /// <summary>The published R3 TEST headline (domain spec §4.5), by the row names of the evaluation view.</summary>
    public static readonly IReadOnlyDictionary<string, string> R3Test = new Dictionary<string, string>
    {
        ["leads (conversions)"] = "3,393 (133, 3.92%)",
        ["AUC [DeLong 95% CI]"] = "0.6198 (no CI)",
        ["average precision"] = "0.0697",
        ["top-decile lift [bootstrap 95% CI]"] = "2.03x (no CI)",
        ["bottom-20% conversion, pooled"] = "1.33%",
        ["bottom-20% conversion, unweighted (original)"] = "1.40%",
    };

    /// <summary>The R3 headline when the windows are V4.1's and the data is the real leads; <paramref name="dataHash"/> is asked only then.</summary>
    public static IReadOnlyDictionary<string, string>? R3TestFor(DateRange train, DateRange test, Func<string> dataHash) =>
        train == V41Train && test == V41Test && dataHash() == LeadsHash ? R3Test : null;

    /// <summary>A model's published figures, read from the fixtures (absent ones are null).</summary>
    public static PublishedFigures For(OriginalModel model, string fixtures) => model == OriginalModel.V41R3
        ? R3(fixtures)
        : FromTrainingMetrics(Path.Combine(fixtures, "models", model.Name, "training_metrics.json"));

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
