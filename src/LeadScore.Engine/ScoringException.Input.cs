namespace LeadScore.Engine;

public sealed partial class ScoringException
{
    public static ScoringException SchemaInvalid(string source, string reason) =>
        new($"schema {source}: {reason}.");

    public static ScoringException SchemaUnknown(string name, IEnumerable<string> builtIn) =>
        new($"schema '{name}' is neither a file nor a built-in schema; built-in schemas: {List(builtIn, 20)}.");

    public static ScoringException SchemaDoesNotFitModel(string schema, string model, IEnumerable<string> missing, IEnumerable<string> extra)
    {
        var parts = new List<string>();
        var m = missing.ToList();
        var e = extra.ToList();
        if (m.Count > 0) parts.Add($"it lacks model feature(s) {List(m)}");
        if (e.Count > 0) parts.Add($"it describes feature(s) the model does not have: {List(e)}");
        return new($"schema {schema} does not fit model {model}: {string.Join("; ", parts)}; pass the schema the model was trained with (--schema).");
    }

    public static ScoringException MissingColumns(string input, IEnumerable<string> columns, string? hint = null) =>
        new($"{input}: missing column(s) {List(columns, 10)}{(hint is null ? "" : $" ({hint})")}; the model needs every feature as a column named exactly as in its schema.");

    public static ScoringException NotNumeric(string input, string column, IEnumerable<string> rows) =>
        new($"{input}: column '{column}' holds text where a number belongs, first at row(s) {List(rows)}; fix those values or drop the rows.");

    public static ScoringException NotCategorical(string input, string column, string type) =>
        new($"{input}: column '{column}' is {type}, but the schema expects category labels (text) for it; pass the raw labels, not codes.");

    public static ScoringException UnknownCategory(string input, string column, IEnumerable<string> values, IEnumerable<string> rows, IEnumerable<string> known) =>
        new($"{input}: column '{column}' has value(s) {List(values.Select(v => $"'{v}'"))} the model was not trained with, first at row(s) {List(rows)}; known values: {List(known.Select(v => $"'{v}'"), 12)}.");

    public static ScoringException NullNotAllowed(string input, string column, IEnumerable<string> rows) =>
        new($"{input}: column '{column}' is empty (NULL/NaN) at row(s) {List(rows)}, and the schema does not say how this model treats a missing value; fill them, or give the feature a null policy in the schema (\"null\": \"missing\" or {{\"fill\": 0}}); the built-in schemas (leadscore schema list) carry the policies the original models were trained with.");

    public static ScoringException LabelsNotNumbers(string input, string column, IEnumerable<string> builtIn) =>
        new($"{input}: column '{column}' holds text labels in every row, but the schema reads it as a number; pass --schema with the model's category codes (built-in: {List(builtIn, 20)}).");

    public static ScoringException NotFinite(string input, string column, IEnumerable<string> rows) =>
        new($"{input}: column '{column}' holds a value that is infinite or beyond the float32 range (±3.4e38) at row(s) {List(rows)}; tree models score float32 values and cannot use it: fix those values or drop the rows.");
}
