using System.Text.Json;
using System.Text.Json.Serialization;
using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Training.Calibration;
using LeadScore.Training.Config;
using LeadScore.Training.Gates;

namespace LeadScore.Training;

/// <summary>
/// A trained model on disk: the LightGBM text model, its feature schema and codes, the config, the data
/// fingerprint and split, the calibrator, the evaluation, the gates and the leakage report. Written into a
/// temporary folder beside the target and renamed into place only when complete, so a failed run leaves nothing
/// and a replaced model is kept until its successor is whole.
/// </summary>
public sealed class ModelDirectory
{
    public const string ModelFile = "model.txt";
    public const string ConfigFile = "config.json";
    public const string CalibrationFile = "calibration.json";
    public const string TrainingFile = "training.json";
    public const string EvaluationFile = "evaluation.json";
    public const string GatesFile = "gates.json";
    public const string LeakageFile = "leakage.json";

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private ModelDirectory(string path, TreeEnsemble model, FeatureSchema schema, ScoreCalibrator? calibrator, TrainingConfig? config)
    {
        Path = path;
        Model = model;
        Schema = schema;
        Calibrator = calibrator;
        Config = config;
    }

    public string Path { get; }

    public TreeEnsemble Model { get; }

    public FeatureSchema Schema { get; }

    public ScoreCalibrator? Calibrator { get; }

    /// <summary>The config it was trained with (its split windows and target); null for a bare model folder.</summary>
    public TrainingConfig? Config { get; }

    public static bool IsModelDirectory(string path) => Directory.Exists(path) && File.Exists(System.IO.Path.Combine(path, ModelFile));

    public static ModelDirectory Read(string path)
    {
        var model = ModelLoader.Load(path);
        var schema = SchemaResolver.Resolve(null, model);
        string calibration = System.IO.Path.Combine(path, CalibrationFile);
        var calibrator = File.Exists(calibration) ? ScoreCalibrator.Read(File.ReadAllText(calibration), calibration) : null;
        string config = System.IO.Path.Combine(path, ConfigFile);
        var trainingConfig = File.Exists(config) ? TrainingConfigReader.Read(ConfigDocument.Stored(config)) : null;
        return new ModelDirectory(path, model, schema, calibrator, trainingConfig);
    }

    /// <summary>Writes the run's directory at <paramref name="path"/>; <paramref name="extraFiles"/> (name → text) go in too.</summary>
    public static void Write(TrainingResult result, string path, bool overwrite, IReadOnlyDictionary<string, string>? extraFiles = null)
    {
        var target = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(target) && !overwrite || File.Exists(target)) throw TrainingException.OutputExists(path);
        var parent = System.IO.Path.GetDirectoryName(target)!;
        string temporary = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(target)}.partial-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(temporary);
            foreach (var (name, text) in Files(result).Concat((extraFiles ?? new Dictionary<string, string>()).Select(kv => (kv.Key, kv.Value))))
                WriteDurably(System.IO.Path.Combine(temporary, name), text);
            Swap(temporary, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw TrainingException.OutputNotWritable(path, e.Message);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static IEnumerable<(string Name, string Text)> Files(TrainingResult r)
    {
        yield return (ModelFile, r.Final.ModelText);
        yield return (SchemaResolver.OwnSchemaFile, FeatureSchemaJson.Write(r.Schema));
        yield return (ConfigFile, r.ConfigDocument.ToJson());
        if (r.Calibrator is not null) yield return (CalibrationFile, r.Calibrator.ToJson());
        yield return (TrainingFile, JsonSerializer.Serialize(TrainingSummary.Of(r), Json));
        yield return (EvaluationFile, JsonSerializer.Serialize(new
        {
            train = r.TrainReport,
            validation = r.ValidationReport,
            test = r.TestReport,
            gaps = new { auc = r.Metrics["gap.auc"], top_decile_lift = r.Metrics["gap.top_decile_lift"] },
        }, Json));
        yield return (GatesFile, JsonSerializer.Serialize(new { overall = GateEvaluator.Overall(r.Gates), gates = r.Gates, metrics = r.Metrics }, Json));
        yield return (LeakageFile, JsonSerializer.Serialize(new { dropped = r.DroppedAsLeaky, features = r.Leakage }, Json));
    }

    private static void WriteDurably(string path, string text)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using (var writer = new StreamWriter(stream, leaveOpen: true)) writer.Write(text);
        stream.Flush(flushToDisk: true);
    }

    // The old directory (if any) steps aside, the new one takes its name, then the old one goes.
    private static void Swap(string temporary, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(temporary, target);
            return;
        }
        string old = target + $".old-{Guid.NewGuid():N}";
        Directory.Move(target, old);
        try
        {
            Directory.Move(temporary, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }
        TryDelete(old);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover hidden .partial folder never shadows a model.
        }
    }
}
