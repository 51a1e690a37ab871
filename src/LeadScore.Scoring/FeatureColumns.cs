namespace LeadScore.Scoring;

/// <summary>
/// Whether the run's feature table can feed a model: every feature's column is there, text for a categorical
/// feature (its labels are coded by the model's schema), a number or boolean for a numeric one.
/// </summary>
internal static class FeatureColumns
{
    private static readonly HashSet<string> Numeric = new(StringComparer.OrdinalIgnoreCase)
    {
        "BOOLEAN", "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "FLOAT", "DOUBLE",
    };

    public static void Check(RunModel model, IReadOnlyDictionary<string, string> columns)
    {
        foreach (var feature in model.Features)
        {
            if (!columns.TryGetValue(feature.Column, out var type))
                throw ScoringRunException.FeatureNotBuilt(model.Source.Given, feature.Name, feature.Column, columns.Keys);
            bool numeric = Numeric.Contains(type) || type.StartsWith("DECIMAL", StringComparison.OrdinalIgnoreCase);
            if (feature.IsCategorical ? type != "VARCHAR" : !numeric)
                throw ScoringRunException.FeatureType(model.Source.Given, feature.Name, feature.Column, type, feature.IsCategorical ? "text labels (VARCHAR)" : "numbers");
        }
    }
}
