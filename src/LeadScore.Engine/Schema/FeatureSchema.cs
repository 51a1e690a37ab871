using LeadScore.Engine.Model;

namespace LeadScore.Engine.Schema;

/// <summary>
/// The model's view of its input: one <see cref="FeatureSpec"/> per feature. Rows are mapped to features by
/// column name, never by position, and nothing is filled that the schema does not say to fill.
/// </summary>
public sealed class FeatureSchema
{
    public FeatureSchema(string name, IReadOnlyList<FeatureSpec> features, string? description = null)
    {
        var duplicate = features.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw ScoringException.SchemaInvalid(name, $"feature '{duplicate.Key}' appears twice");
        Name = name;
        Features = features;
        Description = description;
    }

    /// <summary>A name for messages: the built-in name or the file it was read from.</summary>
    public string Name { get; }

    public string? Description { get; }

    public IReadOnlyList<FeatureSpec> Features { get; }

    /// <summary>The schema every XGBoost/LightGBM model implies: numeric features, NULL = missing.</summary>
    public static FeatureSchema AllNumeric(TreeEnsemble model) =>
        new("numeric (no schema)", model.FeatureNames.Select(n => new FeatureSpec(n, nulls: NullPolicy.Missing)).ToArray(),
            "every feature numeric; NULL follows each split's default direction");

    /// <summary>The specs in the model's feature order; fails when the schema and the model disagree.</summary>
    public IReadOnlyList<FeatureSpec> BindTo(TreeEnsemble model)
    {
        var byName = Features.ToDictionary(f => f.Name);
        var missing = model.FeatureNames.Where(n => !byName.ContainsKey(n)).ToList();
        var extra = Features.Select(f => f.Name).Except(model.FeatureNames).ToList();
        if (missing.Count > 0 || extra.Count > 0)
            throw ScoringException.SchemaDoesNotFitModel(Name, model.Source, missing, extra);
        return model.FeatureNames.Select(n => byName[n]).ToArray();
    }
}
