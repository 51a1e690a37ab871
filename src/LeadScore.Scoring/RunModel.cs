using System.Security.Cryptography;
using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Engine.Schema;
using LeadScore.Models;
using LeadScore.Models.Calibration;
using LeadScore.Models.Profile;

namespace LeadScore.Scoring;

/// <summary>A loaded model of a run: the trees, the features it reads (bound to its schema), its calibrator and training profile, and the SHA-256 of its model file.</summary>
public sealed record RunModel(ModelSource Source, TreeEnsemble Model, IReadOnlyList<FeatureSpec> Features, ScoreCalibrator? Calibrator,
    TrainingProfile? Profile, string Sha256)
{
    public string Version => Source.Version;

    /// <summary>Loads a model directory (with its calibrator and profile) or a bare model file (with the schema beside it).</summary>
    public static RunModel Load(ModelSource source)
    {
        if (ModelDirectory.HoldsModel(source.Path))
        {
            var directory = ModelDirectory.Read(source.Path);
            return new RunModel(source, directory.Model, directory.Schema.BindTo(directory.Model), directory.Calibrator, directory.Profile,
                Hash(directory.Model.Source));
        }
        var model = ModelLoader.Load(source.Path);
        return new RunModel(source, model, SchemaResolver.Resolve(null, model).BindTo(model), null, null, Hash(model.Source));
    }

    /// <summary>This model with a training profile built elsewhere (<c>--reference</c>).</summary>
    public RunModel WithProfile(TrainingProfile profile) => this with { Profile = profile };

    private static string Hash(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
