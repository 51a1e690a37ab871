using System.Globalization;
using System.Security.Cryptography;
using DuckDB.NET.Data;
using LeadScore.Data.Input;
using LeadScore.Engine.Schema;

namespace LeadScore.Data.Labeled;

/// <summary>
/// A table of labelled rows (a file or a warehouse table) opened for training or evaluation. It checks the
/// target and date columns, profiles columns for the trainer, and reads features through the same SQL that
/// scoring uses (<see cref="FeatureReader"/>), so a model sees identical values when trained and when scored.
/// </summary>
public sealed class LabeledTable : IDisposable
{
    private const int RowsShown = 5;

    // The in-memory copy every query reads (row order is the file's: DuckDB keeps insertion order).
    private const string Loaded = "labeled_input";
    private readonly DuckDBConnection connection;

    private LabeledTable(InputFile file, DuckDBConnection connection, Dictionary<string, InputColumn> columns)
    {
        File = file;
        this.connection = connection;
        Columns = columns;
    }

    public InputFile File { get; }

    /// <summary>The table's columns by name, in table order.</summary>
    public IReadOnlyDictionary<string, InputColumn> Columns { get; }

    /// <summary>
    /// Opens the table and loads it once into the in-memory database: training asks many small questions of it
    /// (one per column), and re-reading a CSV for each would cost a parse per question.
    /// </summary>
    public static LabeledTable Open(string path, string? table = null)
    {
        var file = InputFile.Recognise(path, table);
        var connection = file.Connect();
        try
        {
            var columns = InputFile.Describe(connection, file);
            using (var load = connection.CreateCommand())
            {
                load.CommandText = $"CREATE TEMP TABLE {Loaded} AS SELECT * FROM {file.TableFunction}";
                load.ExecuteNonQuery();
            }
            return new LabeledTable(file, connection, columns);
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw DataFileException.Unreadable(file.Name, e.Message, e);
        }
    }

    /// <summary>The named column; fails naming the option that chose it and the columns there are.</summary>
    public InputColumn Column(string name, string option) =>
        Columns.GetValueOrDefault(name) ?? throw DataFileException.ColumnMissing(File.Name, name, option, Columns.Keys);

    /// <summary>Checks that every row's target is 0 or 1 (numbers, booleans or the text "0"/"1").</summary>
    public void CheckTarget(string target)
    {
        var column = Column(target, "--target");
        string value = TargetValue(column);
        string bad = $"{column.Quoted} IS NULL OR {value} IS NULL OR {value} NOT IN (0, 1)";
        if (Count(bad) > 0)
            throw DataFileException.TargetNotBinary(File.Name, target,
                Strings($"SELECT DISTINCT CAST({column.Quoted} AS VARCHAR) FROM {Numbered} WHERE {bad} LIMIT 5").Select(v => v ?? "NULL"),
                RowsWhere(bad));
    }

    /// <summary>Checks that every row has a valid date in the column; returns the first and last date.</summary>
    public DateRange CheckDates(string dateColumn)
    {
        var column = Column(dateColumn, "--split-column");
        string bad = $"{column.Quoted} IS NULL OR TRY_CAST({column.Quoted} AS DATE) IS NULL";
        if (Count(bad) > 0) throw DataFileException.DateInvalid(File.Name, dateColumn, RowsWhere(bad));
        using var command = Command($"SELECT min(CAST({column.Quoted} AS DATE)), max(CAST({column.Quoted} AS DATE)) FROM {Loaded}");
        using var reader = command.ExecuteReader();
        if (!reader.Read() || reader.IsDBNull(0)) throw DataFileException.Empty(File.Name);
        return new DateRange(reader.GetFieldValue<DateOnly>(0), reader.GetFieldValue<DateOnly>(1));
    }

    /// <summary>Rows in the table, or in a date range of it.</summary>
    public long Count(string dateColumn, DateRange range) => Count(range.Filter(Sql.Identifier(dateColumn)));

    /// <summary>
    /// Rows and conversions (target = 1) within a date range, or of the whole table without one; the target must
    /// have passed <see cref="CheckTarget"/>.
    /// </summary>
    public (long Rows, long Positives) Outcomes(string target, string? dateColumn = null, DateRange? range = null)
    {
        using var command = Command($"SELECT count(*), count(*) FILTER (WHERE {TargetValue(Column(target, "--target"))} = 1) " +
                                    $"FROM {Loaded} WHERE {Within(dateColumn, range)}");
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>True for number-typed columns, and for text columns whose every non-empty value is a number.</summary>
    public bool IsNumeric(InputColumn column) =>
        column.IsNumeric || column.IsText && Count($"{column.Quoted} IS NOT NULL AND trim({column.Quoted}) <> '' AND {column.AsDouble} IS NULL") == 0;

    /// <summary>Distinct non-null values of a text column within a date range (all rows without one), in ordinal (alphabetical) order.</summary>
    public IReadOnlyList<string> Labels(string column, string? dateColumn, DateRange? range, int max)
    {
        var c = Column(column, "--features");
        var labels = Strings($"SELECT DISTINCT CAST({c.Quoted} AS VARCHAR) AS v FROM {Loaded} " +
                             $"WHERE {c.Quoted} IS NOT NULL AND {Within(dateColumn, range)} LIMIT {max + 1}");
        return labels.Select(l => l!).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>Distinct non-missing values of a feature within a date range (all rows without one).</summary>
    public long DistinctValues(FeatureSpec feature, string? dateColumn, DateRange? range)
    {
        var value = FeatureSql.Value(feature, Column(feature.Column, "--features"));
        using var command = Command($"SELECT count(DISTINCT v) FROM (SELECT {value} AS v FROM {Loaded} " +
                                    $"WHERE {Within(dateColumn, range)}) WHERE v IS NOT NULL");
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static string Within(string? dateColumn, DateRange? range) =>
        dateColumn is null || range is null ? "true" : range.Filter(Sql.Identifier(dateColumn));

    /// <summary>
    /// Reads the features (in the given order), the target and, if named, the date of every row in the range.
    /// The rows are validated first, as scoring validates them: wrong text, infinities, NULLs the policy rejects.
    /// </summary>
    public LabeledRows Read(IReadOnlyList<FeatureSpec> features, string target, string? dateColumn, DateRange? range)
    {
        var targetColumn = Column(target, "--target");
        var bound = FeatureReader.Bind(File, features, Columns);
        string? filter = range is null || dateColumn is null ? null : range.Filter(Sql.Identifier(dateColumn));
        new InputValidator(connection, File, InputValidator.RowNumber, filter, Loaded).Validate(bound);
        var select = string.Join("", bound.Select(b => ", " + FeatureSql.Value(b.Spec, b.Column)));
        string date = dateColumn is null ? "NULL" : $"CAST({Column(dateColumn, "--split-column").Quoted} AS DATE)";
        using var command = Command($"SELECT {TargetValue(targetColumn)}, {date}{select} FROM {Loaded}" +
                                    (filter is null ? "" : $" WHERE {filter}"));
        using var reader = command.ExecuteReader();
        var labels = new List<int>();
        var dates = new List<DateOnly>();
        var values = features.Select(_ => new List<float>()).ToArray();
        while (reader.Read())
        {
            labels.Add((int)reader.GetDouble(0));
            if (dateColumn is not null) dates.Add(reader.GetFieldValue<DateOnly>(1));
            for (int f = 0; f < features.Count; f++)
                values[f].Add(reader.IsDBNull(f + 2) ? NullValue(features[f]) : (float)reader.GetDouble(f + 2));
        }
        return new LabeledRows(features.Select(f => f.Name).ToArray(), values.Select(v => v.ToArray()).ToArray(),
            labels.ToArray(), dateColumn is null ? null : dates.ToArray());
    }

    /// <summary>One column as text for every row in the range, in the order <see cref="Read"/> returns the rows (ids, advisors).</summary>
    public IReadOnlyList<string?> Texts(string column, string option, string? dateColumn, DateRange? range)
    {
        var c = Column(column, option);
        return Strings($"SELECT CAST({c.Quoted} AS VARCHAR) FROM {Loaded} WHERE {Within(dateColumn, range)}");
    }

    /// <summary>What identifies the data a model was trained on: size, content hash and date span.</summary>
    public DataFingerprint Fingerprint(string? dateColumn)
    {
        long rows = Count("true");
        string hash;
        if (File.Format == InputFormat.WarehouseTable)
        {
            using var command = Command($"SELECT CAST(sum(hash(t)) AS VARCHAR) FROM {Loaded} AS t");
            hash = "duckdb-row-hash-sum:" + command.ExecuteScalar();
        }
        else
        {
            using var stream = System.IO.File.OpenRead(File.Path);
            hash = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        var span = dateColumn is null ? null : CheckDates(dateColumn);
        return new DataFingerprint(Path.GetFullPath(File.Path), File.Table, File.Format.ToString().ToLowerInvariant(), rows, hash, span?.From, span?.To);
    }

    public void Dispose() => connection.Dispose();

    private string Numbered => $"(SELECT row_number() OVER () AS {InputValidator.RowNumber}, * FROM {Loaded}) AS input";

    private static string TargetValue(InputColumn column) => column.Type == "BOOLEAN"
        ? $"CAST({column.Quoted} AS DOUBLE)"
        : column.AsDouble;

    // Validation has already applied the policy; a NULL that still reaches here follows it.
    private static float NullValue(FeatureSpec feature) =>
        feature.Nulls.Handling == NullHandling.Fill ? feature.Nulls.FillValue : float.NaN;

    private long Count(string condition)
    {
        using var command = Command($"SELECT count(*) FROM {Loaded} WHERE {condition}");
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private List<string> RowsWhere(string condition) =>
        Strings($"SELECT CAST({InputValidator.RowNumber} AS VARCHAR) FROM {Numbered} WHERE {condition} LIMIT {RowsShown}")
            .Select(r => r ?? "?").ToList();

    private List<string?> Strings(string sql)
    {
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        var values = new List<string?>();
        while (reader.Read()) values.Add(reader.IsDBNull(0) ? null : Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture));
        return values;
    }

    private DuckDBCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}

/// <summary>Size, content hash and date span of a training table, stored with the model.</summary>
public sealed record DataFingerprint(string Path, string? Table, string Format, long Rows, string Hash, DateOnly? FirstDate, DateOnly? LastDate);
