using System.Text.Json;
using LeadScore.Metrics;

namespace LeadScore.Models.Profile;

/// <summary>
/// What the model saw in training, kept in its directory (<c>training-profile.json</c>) so each scoring run can be
/// checked against it: the rows it describes, the distribution of the model's margin and probability over them, and
/// one <see cref="FeatureProfile"/> per model feature, in the model's feature order.
/// </summary>
public sealed record TrainingProfile(string Source, long Rows, ValueSummary Margin, ValueSummary Probability, PsiReference MarginPsi,
    IReadOnlyList<FeatureProfile> Features)
{
    /// <summary>
    /// The profile of training rows: <paramref name="columns"/>[f] holds feature f's values (NaN = missing) and
    /// <paramref name="margins"/> the model's margin on each row; <paramref name="source"/> says which rows they are.
    /// </summary>
    public static TrainingProfile Of(string source, IReadOnlyList<string> features, IReadOnlyList<double[]> columns, double[] margins)
    {
        if (features.Count != columns.Count) throw new ArgumentException($"{features.Count} feature names for {columns.Count} columns");
        var probabilities = margins.Select(m => 1 / (1 + Math.Exp(-m))).ToArray();
        return new TrainingProfile(source, margins.Length, ValueSummary.Of(margins), ValueSummary.Of(probabilities), PsiReference.Of(margins, FeatureProfile.PsiBins),
            features.Select((name, f) => FeatureProfile.Of(name, columns[f])).ToArray());
    }

    public FeatureProfile? Find(string feature) => Features.FirstOrDefault(f => f.Name == feature);

    public string ToJson() => JsonSerializer.Serialize(this, ModelDirectory.Json);

    /// <summary>Reads a profile file; a damaged one is a <see cref="ModelDirectoryException"/>.</summary>
    public static TrainingProfile Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<TrainingProfile>(File.ReadAllText(path), ModelDirectory.Json)
                   ?? throw new JsonException("the file holds null");
        }
        catch (JsonException e)
        {
            throw ModelDirectoryException.Unreadable(path, e.Message);
        }
    }
}
