namespace LeadScore.Data;

/// <summary>
/// The data layer's one error type: an input or output file that cannot be read or written as asked.
/// Messages are one line saying what is wrong and what to do.
/// </summary>
public sealed class DataFileException : Exception
{
    private DataFileException(string message, Exception? inner = null) : base(message, inner) { }

    public static DataFileException NotFound(string path) =>
        new($"{path}: no such file; check the path.");

    /// <summary>A warning, not an error: the rows are scored.</summary>
    public static string BelowMinimum(string path, string column, long rows, float minimum, IEnumerable<string> first) =>
        $"{path}: column '{column}' is below {minimum.ToString(System.Globalization.CultureInfo.InvariantCulture)} in {rows:N0} row(s), first at {string.Join(", ", first)}; " +
        $"the model never saw such values there (e.g. a negative tenure or day count): they are scored as they are; check the data that produced them.";

    public static DataFileException UnknownFormat(string path) =>
        new($"{path}: unknown file type; name it .parquet or .csv (other extensions: the content must be Parquet).");

    public static DataFileException Unreadable(string path, string reason, Exception? inner = null) =>
        new($"{path}: cannot be read ({FirstLine(reason)}); check that it is a valid {(path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "CSV file with a header row" : "Parquet file")}.", inner);

    public static DataFileException InUse(string path, string holder, Exception? inner = null) =>
        new($"{path}: the database is in use by another process{holder} that is writing to it; wait for it to finish and run again.", inner);

    public static DataFileException DuplicateColumns(string path, IEnumerable<string> names) =>
        new($"{path}: the header names column(s) {string.Join(", ", names.Select(n => $"'{n}'"))} more than once (names are matched without regard to case); give each column one name, so that no value is read from the wrong one.");

    public static DataFileException Empty(string path) =>
        new($"{path}: the file has no rows; nothing to score.");

    public static DataFileException IdColumnMissing(string path, string column, IEnumerable<string> available) =>
        new($"{path}: id column '{column}' not found; pass --id-column with one of: {string.Join(", ", available.Take(12))}{(available.Count() > 12 ? ", …" : "")}.");

    public static DataFileException TableNeeded(string path) =>
        new($"{path}: a DuckDB database; pass --table with the table to read.");

    public static DataFileException TableMissing(string path, string table, IReadOnlyList<string> tables) =>
        new($"{path}: no table '{table}' in this database; tables: {(tables.Count == 0 ? "(none)" : string.Join(", ", tables.Take(12)))}.");

    public static DataFileException ColumnMissing(string path, string column, string option, IEnumerable<string> available) =>
        new($"{path}: no column '{column}' (from {option}); columns: {string.Join(", ", available.Take(15))}{(available.Count() > 15 ? ", …" : "")}.");

    public static DataFileException TargetNotBinary(string path, string column, IEnumerable<string> values, IEnumerable<string> rows) =>
        new($"{path}: target column '{column}' must be 0 or 1 in every row, but holds {string.Join(", ", values.Select(v => $"'{v}'"))}, first at row(s) {string.Join(", ", rows)}; fix or drop those rows, or pass the right --target.");

    public static DataFileException DateInvalid(string path, string column, IEnumerable<string> rows) =>
        new($"{path}: date column '{column}' is empty or not a date (YYYY-MM-DD) at row(s) {string.Join(", ", rows)}; every row needs a date to be placed in a split window.");

    private static string FirstLine(string s)
    {
        var line = s.Split('\n', 2)[0].Trim();
        return line.Length > 240 ? line[..240] + "…" : line;
    }
}
