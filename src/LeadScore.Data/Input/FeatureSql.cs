using LeadScore.Engine.Schema;

namespace LeadScore.Data.Input;

/// <summary>The SQL that turns one input column into one model feature, as the schema says.</summary>
internal static class FeatureSql
{
    /// <summary>The feature's value as DOUBLE; NULL where the input is NULL (or NaN), to be resolved by the null policy.</summary>
    public static string Value(FeatureSpec spec, InputColumn column)
    {
        if (!spec.IsCategorical)
        {
            var v = column.AsDouble;
            return $"CASE WHEN isnan({v}) THEN NULL ELSE {v} END";
        }
        var cases = string.Join(" ", spec.Categories!.Select(kv => $"WHEN {Sql.Literal(kv.Key)} THEN {kv.Value}"));
        return $"CAST(CASE {column.Quoted} {cases} END AS DOUBLE)";
    }

    /// <summary>Rows the input cannot give this feature: text that is no number, or a label the model never saw.</summary>
    public static string Invalid(FeatureSpec spec, InputColumn column) => spec.IsCategorical
        ? spec.UnseenAsNull ? "false" : $"{column.Quoted} IS NOT NULL AND {column.Quoted} NOT IN ({string.Join(", ", spec.Categories!.Keys.Select(Sql.Literal))})"
        : column.IsText ? $"{column.Quoted} IS NOT NULL AND {column.AsDouble} IS NULL" : "false";

    /// <summary>Rows with no value (NULL, or NaN in a float column).</summary>
    public static string Null(FeatureSpec spec, InputColumn column) => spec.IsCategorical
        ? $"{column.Quoted} IS NULL"
        : $"({column.Quoted} IS NULL OR isnan({column.AsDouble}))";

    public static string Infinite(FeatureSpec spec, InputColumn column) =>
        spec.IsCategorical || !column.IsNumeric && !column.IsText ? "false" : $"isinf({column.AsDouble})";
}
