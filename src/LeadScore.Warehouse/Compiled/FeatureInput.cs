using LeadScore.Engine.Schema;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Warehouse.Compiled;

/// <summary>
/// The SQL that reads one model feature from the feature table as the engine reads it: a DOUBLE (text that is no number
/// an error naming the row where the engine's own cast error would not), NaN read as NULL,
/// category labels turned into the schema's codes, and NULL resolved by the feature's policy: left NULL (each
/// split's default direction routes it), filled with the policy's value, or an error naming the row.
/// </summary>
internal static class FeatureInput
{
    public static string Expression(FeatureSpec spec, SqlDialect dialect, string id)
    {
        var column = dialect.Identifier(spec.Column);
        if (!spec.IsCategorical)
        {
            // Text that is no number fails the row, as the engine refuses it: by the engine's own cast error, or where
            // that error would not say which row, by a cast that gives NULL and an error naming the row.
            var tried = dialect.TryDouble(column);
            var value = tried ?? dialect.AsDouble(column);
            var notNumber = tried is null ? "" : $"WHEN {value} IS NULL AND {column} IS NOT NULL THEN {NotNumberError(spec, dialect, id)} ";
            var known = $"CASE {notNumber}WHEN {dialect.IsNaN(value)} THEN NULL ELSE {value} END";
            return spec.Nulls.Handling switch
            {
                NullHandling.Missing => known,
                NullHandling.Fill => $"coalesce({known}, {dialect.Double(spec.Nulls.FillValue)})",
                _ => $"CASE {notNumber}WHEN {column} IS NULL OR {dialect.IsNaN(value)} THEN {NullError(spec, dialect, id)} ELSE {value} END",
            };
        }
        var label = $"CAST({column} AS {dialect.TextType})";
        var codes = string.Join(" ", spec.Categories!.OrderBy(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => $"WHEN {dialect.Text(c.Key)} THEN {dialect.Double(c.Value)}"));
        var unseen = spec.UnseenAsNull
            ? Null(spec, dialect, id)
            : dialect.Error($"leadscore: feature {spec.Name} (column {spec.Column}) holds a label the model was not trained with, at the row with id ", id);
        return $"CASE WHEN {column} IS NULL THEN {Null(spec, dialect, id)} ELSE CASE {label} {codes} ELSE {unseen} END END";
    }

    private static string Null(FeatureSpec spec, SqlDialect dialect, string id) => spec.Nulls.Handling switch
    {
        NullHandling.Missing => $"CAST(NULL AS {dialect.DoubleType})",
        NullHandling.Fill => dialect.Double(spec.Nulls.FillValue),
        _ => NullError(spec, dialect, id),
    };

    private static string NotNumberError(FeatureSpec spec, SqlDialect dialect, string id) =>
        dialect.Error($"leadscore: feature {spec.Name} (column {spec.Column}) holds text that is not a number, at the row with id ", id);

    private static string NullError(FeatureSpec spec, SqlDialect dialect, string id) =>
        dialect.Error($"leadscore: feature {spec.Name} (column {spec.Column}) is NULL, which its null policy refuses, at the row with id ", id);
}
