using System.Globalization;
using System.Text.Json.Nodes;
using LeadScore.Engine.Import;
using LeadScore.Engine.Schema;
using LeadScore.Models;
using LeadScore.Models.Gates;
using LeadScore.Storage;

namespace LeadScore.Registry;

/// <summary>Brings existing models and the original's hand-edited registry into a registry.</summary>
public static class Imports
{
    // The original team's model folders record their figures here.
    private const string TrainingMetricsFile = "training_metrics.json";

    // The original's metric names (training_metrics.json of V4.1 R3 and V4.0.0) → the gates' metric names.
    private static readonly (string Legacy, string Metric)[] MetricNames =
    [
        ("test_auc", "test.auc"), ("test_auc_roc", "test.auc"), ("train_auc", "train.auc"), ("train_auc_roc", "train.auc"),
        ("auc_gap", "gap.auc"), ("test_top_lift", "test.top_decile_lift"), ("test_lift_10", "test.top_decile_lift"),
        ("train_top_lift", "train.top_decile_lift"), ("train_lift_10", "train.top_decile_lift"), ("lift_gap", "gap.top_decile_lift"),
        ("best_iteration", "training.best_iteration"), ("test_size", "split.test_rows"), ("train_size", "split.train_rows"),
    ];

    /// <summary>
    /// Registers an XGBoost model folder (model.json, final_features.json, training_metrics.json, …): the model is
    /// loaded to prove it scores, its schema is the named built-in one or its final_features.json, and the default
    /// gates are evaluated on the metrics it recorded (gates whose metric it lacks are skipped). <paramref name="time"/>
    /// dates the event (now when null).
    /// </summary>
    public static RegistryEvent XGBoost(ModelRegistry registry, string folder, string version, string? schemaName, string actor, DateTimeOffset? time = null)
    {
        var modelFile = Path.Combine(folder, ModelDirectory.XGBoostModelFile);
        if (!File.Exists(modelFile)) throw RegistryException.NotAModelDirectory(folder);
        var model = ModelLoader.Load(modelFile);
        var schema = SchemaResolver.Resolve(schemaName, model);
        schema.BindTo(model);
        var staging = TemporaryPaths.Scratch("import-xgboost");
        try
        {
            foreach (var file in Directory.GetFiles(folder)) File.Copy(file, Path.Combine(staging, Path.GetFileName(file)));
            File.WriteAllText(Path.Combine(staging, ModelDirectory.SchemaFile), FeatureSchemaJson.Write(schema));
            var metrics = RecordedMetrics(Path.Combine(folder, TrainingMetricsFile));
            var gates = GateReport.Of(GateSpecs.Defaults(), metrics, "recorded metrics of the imported model");
            File.WriteAllText(Path.Combine(staging, ModelDirectory.GatesFile), gates.ToJson());
            return registry.Register(staging, version, actor, $"import-xgboost {Path.GetFullPath(folder)}", time: time);
        }
        finally
        {
            TemporaryPaths.Release(staging);
        }
    }

    private static Dictionary<string, double> RecordedMetrics(string path)
    {
        var metrics = new Dictionary<string, double>();
        if (!File.Exists(path)) return metrics;
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var flat = root["metrics"] is JsonObject nested ? nested : root;
        foreach (var (legacy, metric) in MetricNames)
            if ((flat[legacy] ?? root[legacy]) is JsonValue value && value.TryGetValue(out double number))
                metrics.TryAdd(metric, number);
        return metrics;
    }

    /// <summary>
    /// Replays the original <c>registry.json</c> into an empty registry as dated events: each version registered on
    /// its training date, made champion on its deployment date (the previous one deprecated, with its recorded reason),
    /// and a champion deprecated before its successor went live is deprecated on its own date. The versions hold no
    /// artefacts: the names the entry gives are listed as missing, never invented.
    /// </summary>
    public static IReadOnlyList<RegistryEvent> Legacy(ModelRegistry registry, string registryJson, string actor)
    {
        if (registry.State().Events.Count > 0) throw RegistryException.NotEmpty(registry.Path);
        JsonObject models;
        try
        {
            models = JsonNode.Parse(File.ReadAllText(registryJson))?["models"] as JsonObject ?? throw new FormatException("no \"models\" object");
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or IOException)
        {
            throw RegistryException.LegacyUnreadable(registryJson, e.Message);
        }
        var entries = models.Select(kv => new LegacyEntry(kv.Key, kv.Value!.AsObject())).OrderBy(e => e.Trained).ToList();
        // The history as dated steps, replayed in time order (on one day: register, then deprecate, then promote).
        var steps = new List<(DateTimeOffset Time, int Order, Func<RegistryEvent> Apply)>();
        foreach (var entry in entries)
            steps.Add((entry.Trained, 0, () => RegisterLegacy(registry, entry, registryJson, actor)));
        LegacyEntry? champion = null;
        foreach (var entry in entries.Where(e => e.Status is "production" or "deprecated").OrderBy(e => e.LiveFrom))
        {
            var previous = champion;
            if (previous?.Deprecated is { } gone && gone < entry.LiveFrom)
            {
                var retired = previous;
                steps.Add((gone, 1, () => registry.Deprecate(retired.Version, actor, retired.DeprecatedReason, gone)));
                previous = null;
            }
            var reason = previous?.DeprecatedReason ?? "recorded in the legacy registry";
            steps.Add((entry.LiveFrom, 2, () => registry.Promote(entry.Version, ModelStatus.Champion, actor, reason, null, force: true, entry.LiveFrom)));
            champion = entry;
        }
        return steps.OrderBy(s => s.Time).ThenBy(s => s.Order).Select(s => s.Apply()).ToArray();
    }

    private static RegistryEvent RegisterLegacy(ModelRegistry registry, LegacyEntry entry, string registryJson, string actor)
    {
        var staging = TemporaryPaths.Scratch("import-legacy");
        try
        {
            File.WriteAllText(Path.Combine(staging, "legacy.json"), entry.Json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
            return registry.RegisterMetadata(staging, entry.Version, actor, $"import-legacy {Path.GetFullPath(registryJson)}", entry.MissingArtefacts, entry.Trained);
        }
        finally
        {
            TemporaryPaths.Release(staging);
        }
    }

    private sealed record LegacyEntry(string Version, JsonObject Json)
    {
        public string Status => Json["status"]?.GetValue<string>() ?? "";
        public DateTimeOffset Trained => Date(Json["training_date"]) ?? DateTimeOffset.MinValue;
        public DateTimeOffset LiveFrom => Date(Json["deployed_date"]) ?? Trained;
        public DateTimeOffset? Deprecated => Date(Json["deprecated_date"]);
        public string DeprecatedReason => Json["deprecated_reason"]?.GetValue<string>() ?? "deprecated in the legacy registry";

        // The entry names files by keys like model_path/artifacts; none of them came with the registry.json.
        public IReadOnlyList<string> MissingArtefacts => [ModelDirectory.XGBoostModelFile, "final_features.json", TrainingMetricsFile];

        private static DateTimeOffset? Date(JsonNode? node) =>
            node?.GetValue<string>() is { Length: >= 10 } text
                ? new DateTimeOffset(DateOnly.ParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                : null;
    }
}
