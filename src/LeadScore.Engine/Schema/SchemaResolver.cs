using LeadScore.Engine.Model;

namespace LeadScore.Engine.Schema;

/// <summary>
/// Finds the schema for a model: an explicit <c>--schema</c> (file or built-in name); else a <c>schema.json</c>
/// beside the model (a trained-model directory); else a
/// <c>final_features.json</c> beside the model that carries category codes; else all-numeric.
/// </summary>
public static class SchemaResolver
{
    /// <summary>The schema a trained-model directory carries next to its model.</summary>
    public const string OwnSchemaFile = "schema.json";

    public static FeatureSchema Resolve(string? requested, TreeEnsemble model)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            if (File.Exists(requested)) return FeatureSchemaJson.Parse(File.ReadAllText(requested), requested);
            return BuiltInSchemas.Find(requested) ?? throw ScoringException.SchemaUnknown(requested, BuiltInSchemas.Names);
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(model.Source)) ?? ".";
        var own = Path.Combine(folder, OwnSchemaFile);
        if (File.Exists(own)) return FeatureSchemaJson.Parse(File.ReadAllText(own), own);
        var beside = Path.Combine(folder, "final_features.json");
        if (File.Exists(beside))
        {
            var json = File.ReadAllText(beside);
            if (FeatureSchemaJson.HasCategoricalMappings(json)) return FeatureSchemaJson.Parse(json, beside);
        }
        return FeatureSchema.AllNumeric(model);
    }
}
