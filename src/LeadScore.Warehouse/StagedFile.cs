using System.Globalization;
using LeadScore.Data;
using LeadScore.Data.Input;

namespace LeadScore.Warehouse;

/// <summary>
/// A CSV or Parquet file copied into a temporary table of the warehouse's connection, each row numbered from 1 in file
/// order, so that an import can check it as a whole — values of each column's type, no empty value where one is
/// needed, the domain's rules — and name the first offending rows before anything is written. Disposing drops the
/// copy. DuckDB's own errors (a file it cannot read) reach the caller, which says what that means for its import.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    private const int Shown = 5;

    /// <summary>The column holding each row's 1-based position in the file.</summary>
    public const string RowNumber = "\"__row\"";

    private readonly Warehouse warehouse;

    private StagedFile(Warehouse warehouse, string file, string table)
    {
        this.warehouse = warehouse;
        File = file;
        Table = table;
    }

    /// <summary>The file as the user named it, for messages.</summary>
    public string File { get; }

    /// <summary>The temporary table holding the file's rows.</summary>
    public string Table { get; }

    /// <summary>Copies <paramref name="file"/> into the temporary table <paramref name="table"/> (a header naming a column twice is refused).</summary>
    public static StagedFile Load(Warehouse warehouse, string file, string table)
    {
        var input = InputFile.Recognise(file);
        input.CheckUniqueColumns(warehouse.DuckDb);
        warehouse.Execute($"CREATE OR REPLACE TEMP TABLE {table} AS SELECT row_number() OVER () AS {RowNumber}, * FROM {input.TableFunction}");
        return new StagedFile(warehouse, file, table);
    }

    /// <summary>Rows in the file.</summary>
    public long Rows() => Longs($"SELECT count(*) FROM {Table}")[0];

    /// <summary>The file's column names, in file order.</summary>
    public IReadOnlyList<string> Columns()
    {
        var names = Strings($"SELECT column_name FROM (DESCRIBE {Table})");
        names.Remove("__row");
        return names;
    }

    /// <summary>The file's value of a column as trimmed text, NULL when empty.</summary>
    public static string Value(string column) => $"NULLIF(trim(CAST({Sql.Identifier(column)} AS VARCHAR)), '')";

    /// <summary>The file's value of <paramref name="source"/> as the type of <paramref name="column"/>; NULL when empty or not of that type.</summary>
    public static string Cast(TableColumn column, string source) => $"TRY_CAST({Value(source)} AS {column.Type})";

    /// <summary>
    /// Checks every column's values in one scan: of the column's type, and present where the column needs a value. Only
    /// a failing column is queried again, for its first rows and values. <paramref name="source"/> maps each column to
    /// the file's column that holds it.
    /// </summary>
    public void CheckValues(IEnumerable<TableColumn> columns, IReadOnlyDictionary<string, string> source)
    {
        var checks = new List<(TableColumn Column, bool Null, string Condition)>();
        foreach (var column in columns)
        {
            string value = Value(source[column.Name]);
            checks.Add((column, false, $"{value} IS NOT NULL AND {Cast(column, source[column.Name])} IS NULL"));
            if (!column.Nullable) checks.Add((column, true, $"{value} IS NULL"));
        }
        var counts = Counts("SELECT " + string.Join(", ", checks.Select(c => $"count(*) FILTER (WHERE {c.Condition})")) + $" FROM {Table}");
        for (int i = 0; i < checks.Count; i++)
        {
            if (counts[i] == 0) continue;
            var (column, isNull, condition) = checks[i];
            var rows = RowsWhere(condition);
            if (isNull) throw WarehouseException.NullNotAllowed(File, source[column.Name], rows);
            var values = Strings($"SELECT {Value(source[column.Name])} FROM {Table} WHERE {condition} ORDER BY {RowNumber} LIMIT {Shown}");
            throw WarehouseException.WrongType(File, source[column.Name], column.Type, values, rows);
        }
    }

    /// <summary>
    /// The domain's rules over the typed values (each <c>{column}</c> of a rule's condition stands for the typed value):
    /// the first broken rule is named with its first rows, as a file <paramref name="destination"/> cannot hold.
    /// </summary>
    public void CheckRules(IEnumerable<RawTableRule> rules, IReadOnlyList<TableColumn> columns, IReadOnlyDictionary<string, string> source, string destination)
    {
        foreach (var rule in rules)
        {
            var condition = columns.Aggregate(rule.Condition, (text, c) => text.Replace("{" + c.Name + "}", Cast(c, source[c.Name]), StringComparison.Ordinal));
            var rows = RowsWhere(condition);
            if (rows.Count > 0) throw WarehouseException.RuleBroken(File, destination, rule.Description, rows);
        }
    }

    /// <summary>The first rows (1-based file positions) meeting a condition over the file's columns.</summary>
    public List<long> RowsWhere(string condition) =>
        Longs($"SELECT {RowNumber} FROM {Table} WHERE {condition} ORDER BY {RowNumber} LIMIT {Shown}");

    /// <summary>The first column of a query's rows as text (empty for NULL).</summary>
    public List<string> Strings(string sql)
    {
        using var command = warehouse.Command(sql);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.IsDBNull(0) ? "" : Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        return values;
    }

    /// <summary>The first column of a query's rows as whole numbers.</summary>
    public List<long> Longs(string sql)
    {
        using var command = warehouse.Command(sql);
        using var reader = command.ExecuteReader();
        var values = new List<long>();
        while (reader.Read()) values.Add(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
        return values;
    }

    /// <summary>The one row of an aggregate query (counts) as whole numbers, column by column.</summary>
    public long[] Counts(string sql)
    {
        using var command = warehouse.Command(sql);
        using var reader = command.ExecuteReader();
        reader.Read();
        var values = new long[reader.FieldCount];
        for (int i = 0; i < values.Length; i++) values[i] = Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
        return values;
    }

    public void Dispose() => warehouse.Execute($"DROP TABLE IF EXISTS {Table}");
}
