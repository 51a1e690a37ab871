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
            return column.IsExact ? v : $"CASE WHEN isnan({v}) THEN NULL ELSE {v} END";
        }
        var cases = string.Join(" ", spec.Categories!.Select(kv => $"WHEN {Sql.Literal(kv.Key)} THEN {kv.Value}"));
        return $"CAST(CASE {column.Quoted} {cases} END AS DOUBLE)";
    }

    /// <summary>Rows the input cannot give this feature: text that is no number, or a label the model never saw.</summary>
    /// <remarks>A label is looked up in a list: DuckDB evaluates that several times faster than <c>NOT IN</c>.</remarks>
    public static string Invalid(FeatureSpec spec, InputColumn column) => spec.IsCategorical
        ? spec.UnseenAsNull ? "false" : $"{column.Quoted} IS NOT NULL AND NOT list_contains([{string.Join(", ", spec.Categories!.Keys.Select(Sql.Literal))}], {column.Quoted})"
        : column.IsText ? $"{column.Quoted} IS NOT NULL AND {column.AsDouble} IS NULL" : "false";

    /// <summary>Rows with no value (NULL, or NaN in a float column).</summary>
    public static string Null(FeatureSpec spec, InputColumn column) => spec.IsCategorical || column.IsExact
        ? $"{column.Quoted} IS NULL"
        : $"({column.Quoted} IS NULL OR isnan({column.AsDouble}))";

    /// <summary>The largest magnitude a float32 holds; a value beyond it would reach the trees as infinity.</summary>
    public const double Float32Max = 3.4028234663852886E38;

    /// <summary>
    /// Rows whose value no tree model can score: infinite, or beyond the float32 range the engine reads (which would
    /// become infinite). One rule for every reader: scoring, training and evaluation. NaN is a missing value, not an
    /// infinite one, though DuckDB orders it above every number.
    /// </summary>
    public static string Infinite(FeatureSpec spec, InputColumn column) =>
        spec.IsCategorical || column.IsExact || !column.IsNumeric && !column.IsText ? "false"
        : $"((isinf({column.AsDouble}) OR abs({column.AsDouble}) > {Sql.Number(Float32Max)}) AND NOT isnan({column.AsDouble}))";

    /// <summary>Rows below the feature's domain minimum (e.g. a negative tenure).</summary>
    public static string Below(FeatureSpec spec, InputColumn column, float minimum) =>
        spec.IsCategorical ? "false" : $"{Compared(column)} < {Sql.Number(minimum)}";

    // Proofs from plain aggregates (min, max, count), which DuckDB computes several times faster than it counts the
    // rows that meet a condition: each is true only when its check's condition holds for no row; null where no such
    // proof is cheap (labels, numbers in text, and checks exact columns never fail). DuckDB orders NaN above every
    // number, so a NaN makes max() NaN, which proves nothing.

    /// <summary>True only when no row is <see cref="Below"/> the minimum.</summary>
    public static string? NoneBelow(FeatureSpec spec, InputColumn column, float minimum) =>
        Provable(spec, column) ? $"coalesce(min({Compared(column)}) >= {Sql.Number(minimum)}, true)" : null;

    /// <summary>True only when no row is <see cref="Infinite"/>.</summary>
    public static string? NoneInfinite(FeatureSpec spec, InputColumn column) =>
        Provable(spec, column) && !column.IsExact
            ? $"coalesce(min({column.AsDouble}) >= -{Sql.Number(Float32Max)} AND max({column.AsDouble}) <= {Sql.Number(Float32Max)}, true)"
            : null;

    /// <summary>True only when no row is <see cref="Null"/>.</summary>
    public static string? NoneNull(FeatureSpec spec, InputColumn column) =>
        Provable(spec, column) && !column.IsExact
            ? $"coalesce(count({column.Quoted}) = count(*) AND NOT isnan(max({column.AsDouble})), true)"
            : null;

    private static bool Provable(FeatureSpec spec, InputColumn column) => !spec.IsCategorical && !column.IsText;

    // An exact column is compared in its own type; any other as DOUBLE.
    private static string Compared(InputColumn column) => column.IsExact ? column.Quoted : column.AsDouble;
}
