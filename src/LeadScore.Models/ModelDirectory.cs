using System.Text.Json;
using System.Text.Json.Serialization;
using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Models.Calibration;
using LeadScore.Models.Gates;
using LeadScore.Models.Profile;

namespace LeadScore.Models;

/// <summary>
/// A model directory: the model (LightGBM <c>model.txt</c> from <c>leadscore train</c>, or an XGBoost
/// <c>model.json</c>), its feature schema, and what training left beside it (config, calibrator, summary,
/// evaluation, gate results, leakage report). This type owns the file names and reads them; training writes them,
/// the registry copies and checks them, scoring and evaluation read them.
/// </summary>
public sealed class ModelDirectory
{
    public const string ModelFile = ModelLoader.LightGbmFile;
    public const string XGBoostModelFile = ModelLoader.XGBoostFile;
    public const string SchemaFile = SchemaResolver.OwnSchemaFile;
    public const string ConfigFile = "config.json";
    public const string CalibrationFile = "calibration.json";
    public const string TrainingFile = "training.json";
    public const string EvaluationFile = "evaluation.json";
    public const string GatesFile = "gates.json";
    public const string LeakageFile = "leakage.json";
    public const string ProfileFile = "training-profile.json";

    /// <summary>How the directory's JSON files are written: snake_case names, enums as words, NaN allowed.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private ModelDirectory(string path, TreeEnsemble model, FeatureSchema schema, ScoreCalibrator? calibrator, GateReport? gates, TrainingProfile? profile)
    {
        Profile = profile;
        Path = path;
        Model = model;
        Schema = schema;
        Calibrator = calibrator;
        Gates = gates;
    }

    public string Path { get; }

    public TreeEnsemble Model { get; }

    public FeatureSchema Schema { get; }

    public ScoreCalibrator? Calibrator { get; }

    /// <summary>The training rows' distribution (<see cref="ProfileFile"/>); null for a model trained elsewhere or before it was kept.</summary>
    public TrainingProfile? Profile { get; }

    /// <summary>The gate results recorded with the model; null when it has none.</summary>
    public GateReport? Gates { get; }

    /// <summary>The training config stored with the model (its split windows and target); null for a bare model folder.</summary>
    public string? ConfigPath => File.Exists(System.IO.Path.Combine(Path, ConfigFile)) ? System.IO.Path.Combine(Path, ConfigFile) : null;

    /// <summary>A folder holding a model file (<c>model.txt</c> or <c>model.json</c>).</summary>
    public static bool HoldsModel(string path) =>
        Directory.Exists(path) && ModelLoader.DirectoryModelFiles.Any(f => File.Exists(System.IO.Path.Combine(path, f)));

    /// <summary>A folder written by <c>leadscore train</c> (it holds <c>model.txt</c>).</summary>
    public static bool IsTrained(string path) => Directory.Exists(path) && File.Exists(System.IO.Path.Combine(path, ModelFile));

    public static ModelDirectory Read(string path)
    {
        if (!HoldsModel(path)) throw ModelDirectoryException.NotAModelDirectory(path);
        var model = ModelLoader.Load(path);
        var schema = SchemaResolver.Resolve(null, model);
        string calibration = System.IO.Path.Combine(path, CalibrationFile);
        var calibrator = File.Exists(calibration) ? ScoreCalibrator.Read(File.ReadAllText(calibration), calibration) : null;
        string profile = System.IO.Path.Combine(path, ProfileFile);
        return new ModelDirectory(path, model, schema, calibrator, GateReport.Read(path), File.Exists(profile) ? TrainingProfile.Read(profile) : null);
    }
}
