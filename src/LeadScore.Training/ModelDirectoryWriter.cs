using System.Text.Json;
using LeadScore.Engine.Schema;
using LeadScore.Models;
using LeadScore.Models.Gates;
using LeadScore.Storage;

namespace LeadScore.Training;

/// <summary>
/// Writes a training run as a <see cref="ModelDirectory"/>: the LightGBM text model, its feature schema and codes,
/// the config, the data fingerprint and split, the calibrator, the evaluation, the gates and the leakage report.
/// The folder is written whole or not at all (<see cref="AtomicFolder"/>): a failed run leaves nothing and a
/// replaced model is kept until its successor is complete.
/// </summary>
public static class ModelDirectoryWriter
{
    /// <summary>Writes the run's directory at <paramref name="path"/>; <paramref name="extraFiles"/> (name → bytes) go in too.</summary>
    public static void Write(TrainingResult result, string path, bool overwrite, IReadOnlyDictionary<string, byte[]>? extraFiles = null)
    {
        if (Directory.Exists(path) && !overwrite) throw TrainingException.OutputExists(path);
        using var folder = new AtomicFolder(path, replace: overwrite);
        foreach (var (name, text) in Files(result)) folder.WriteText(name, text);
        foreach (var (name, bytes) in extraFiles ?? new Dictionary<string, byte[]>()) folder.WriteBytes(name, bytes);
        folder.Commit();
    }

    private static IEnumerable<(string Name, string Text)> Files(TrainingResult r)
    {
        yield return (ModelDirectory.ModelFile, r.Final.ModelText);
        yield return (ModelDirectory.SchemaFile, FeatureSchemaJson.Write(r.Schema));
        yield return (ModelDirectory.ConfigFile, r.ConfigDocument.ToJson());
        if (r.Calibrator is not null) yield return (ModelDirectory.CalibrationFile, r.Calibrator.ToJson());
        yield return (ModelDirectory.TrainingFile, JsonSerializer.Serialize(TrainingSummary.Of(r), ModelDirectory.Json));
        yield return (ModelDirectory.EvaluationFile, JsonSerializer.Serialize(new
        {
            train = r.TrainReport,
            validation = r.ValidationReport,
            test = r.TestReport,
            gaps = r.TestReport is null ? null : new { auc = r.Metrics["gap.auc"], top_decile_lift = r.Metrics["gap.top_decile_lift"] },
        }, ModelDirectory.Json));
        yield return (ModelDirectory.GatesFile, new GateReport(GateEvaluator.Overall(r.Gates), r.Gates, r.Metrics).ToJson());
        yield return (ModelDirectory.ProfileFile, r.Profile.ToJson());
        yield return (ModelDirectory.LeakageFile, JsonSerializer.Serialize(new { dropped = r.DroppedAsLeaky, features = r.Leakage }, ModelDirectory.Json));
    }
}
