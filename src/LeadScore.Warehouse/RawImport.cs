using System.Diagnostics;
using DuckDB.NET.Data;
using LeadScore.Data;
using LeadScore.Data.Input;

namespace LeadScore.Warehouse;

/// <summary>
/// Loads a CSV or Parquet file into a raw table, all or nothing. The file is staged, then checked as a whole —
/// exact columns, values of the right type, no NULL where the table forbids it, no duplicate keys (in the file, or
/// against the rows kept when appending) — and only then inserted, in one transaction that also removes the old
/// rows when replacing. Any failure leaves the table as it was.
/// </summary>
public static class RawImport
{
    private const int Shown = 5;
    private const string Stage = "import_stage";
    private const string RowNumber = "\"__row\"";

    public static ImportResult Run(Warehouse warehouse, string tableName, string file, bool append)
    {
        var watch = Stopwatch.StartNew();
        var tables = warehouse.RawTables();
        var name = tableName.StartsWith("raw.", StringComparison.OrdinalIgnoreCase) ? tableName[4..] : tableName;
        var table = tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw WarehouseException.UnknownTable(tableName, tables.Select(t => t.Qualified));
        var input = InputFile.Recognise(file);
        try
        {
            input.CheckUniqueColumns(warehouse.Connection);
            warehouse.Execute($"CREATE OR REPLACE TEMP TABLE {Stage} AS SELECT row_number() OVER () AS {RowNumber}, * FROM {input.TableFunction}");
            try
            {
                long rows = StagedRows(warehouse);
                if (rows == 0) throw WarehouseException.EmptyFile(file);
                var source = Columns(warehouse, table, file);
                CheckValues(warehouse, table, source, file);
                CheckRules(warehouse, table, source, file);
                CheckKeys(warehouse, table, source, file, append);
                Load(warehouse, table, source, append);
                return new ImportResult(table, file, rows, !append, warehouse.Count(table), watch.Elapsed);
            }
            finally
            {
                warehouse.Execute($"DROP TABLE IF EXISTS {Stage}");
            }
        }
        catch (DuckDBException e)
        {
            throw DataFileException.Unreadable(file, e.Message, e);
        }
    }

    private static long StagedRows(Warehouse warehouse)
    {
        using var command = warehouse.Command($"SELECT count(*) FROM {Stage}");
        return Convert.ToInt64(command.ExecuteScalar());
    }

    // Table column → the file's column of the same name (names compare without regard to case, as SQL's do).
    private static Dictionary<string, string> Columns(Warehouse warehouse, RawTable table, string file)
    {
        var names = new List<string>();
        using (var command = warehouse.Command($"SELECT column_name FROM (DESCRIBE {Stage})"))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) names.Add(reader.GetString(0));
        names.Remove("__row");
        var byLower = names.GroupBy(n => n.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());
        var missing = table.Columns.Where(c => !byLower.ContainsKey(c.Name.ToLowerInvariant())).Select(c => c.Name).ToList();
        if (missing.Count > 0) throw WarehouseException.MissingColumns(file, table.Qualified, missing);
        var extra = names.Where(n => table.Columns.All(c => !string.Equals(c.Name, n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (extra.Count > 0) throw WarehouseException.ExtraColumns(file, table.Qualified, extra);
        return table.Columns.ToDictionary(c => c.Name, c => byLower[c.Name.ToLowerInvariant()]);
    }

    private static string Value(string column) => $"NULLIF(trim(CAST({Sql.Identifier(column)} AS VARCHAR)), '')";

    private static string Cast(TableColumn column, string source) => $"TRY_CAST({Value(source)} AS {column.Type})";

    // One scan counts bad values and forbidden NULLs for every column; only a failing column is queried again for rows.
    private static void CheckValues(Warehouse warehouse, RawTable table, Dictionary<string, string> source, string file)
    {
        var checks = new List<(TableColumn Column, bool Null, string Condition)>();
        foreach (var column in table.Columns)
        {
            string value = Value(source[column.Name]);
            checks.Add((column, false, $"{value} IS NOT NULL AND {Cast(column, source[column.Name])} IS NULL"));
            if (!column.Nullable) checks.Add((column, true, $"{value} IS NULL"));
        }
        using var command = warehouse.Command("SELECT " + string.Join(", ", checks.Select(c => $"count(*) FILTER (WHERE {c.Condition})")) + $" FROM {Stage}");
        using var reader = command.ExecuteReader();
        reader.Read();
        for (int i = 0; i < checks.Count; i++)
        {
            if (Convert.ToInt64(reader.GetValue(i)) == 0) continue;
            var (column, isNull, condition) = checks[i];
            var rows = Longs(warehouse, $"SELECT {RowNumber} FROM {Stage} WHERE {condition} ORDER BY {RowNumber} LIMIT {Shown}");
            if (isNull) throw WarehouseException.NullNotAllowed(file, source[column.Name], rows);
            var values = Strings(warehouse, $"SELECT {Value(source[column.Name])} FROM {Stage} WHERE {condition} ORDER BY {RowNumber} LIMIT {Shown}");
            throw WarehouseException.WrongType(file, source[column.Name], column.Type, values, rows);
        }
    }

    // The domain's rules (RawTableRules) over the typed values: each broken rule is named with its first rows.
    private static void CheckRules(Warehouse warehouse, RawTable table, Dictionary<string, string> source, string file)
    {
        foreach (var rule in RawTableRules.For(table.Name))
        {
            var condition = table.Columns.Aggregate(rule.Condition, (text, c) => text.Replace("{" + c.Name + "}", Cast(c, source[c.Name])));
            var rows = Longs(warehouse, $"SELECT {RowNumber} FROM {Stage} WHERE {condition} ORDER BY {RowNumber} LIMIT {Shown}");
            if (rows.Count > 0) throw WarehouseException.RuleBroken(file, table.Qualified, rule.Description, rows);
        }
    }

    private static void CheckKeys(Warehouse warehouse, RawTable table, Dictionary<string, string> source, string file, bool append)
    {
        if (table.Key.Count == 0) return;
        var parts = table.Key.Select(k => Cast(table.Columns.First(c => c.Name == k), source[k])).ToArray();
        var staged = string.Join(", ", parts);
        var text = "'(' || concat_ws(', ', " + string.Join(", ", parts.Select(p => $"CAST({p} AS VARCHAR)")) + ") || ')'";
        var twice = Strings(warehouse, $"SELECT {text} || ' at rows ' || string_agg(CAST({RowNumber} AS VARCHAR), ', ' ORDER BY {RowNumber}) " +
                                       $"FROM {Stage} GROUP BY {staged} HAVING count(*) > 1 ORDER BY min({RowNumber}) LIMIT {Shown}");
        if (twice.Count > 0) throw WarehouseException.DuplicateKeys(file, table.Qualified, table.Key, twice, againstExisting: false);
        if (!append) return;
        var existing = string.Join(", ", table.Key.Select(Sql.Identifier));
        var clash = Strings(warehouse, $"SELECT {text} || ' at row ' || CAST({RowNumber} AS VARCHAR) FROM {Stage} " +
                                       $"WHERE ({staged}) IN (SELECT ({existing}) FROM {table.Qualified}) ORDER BY {RowNumber} LIMIT {Shown}");
        if (clash.Count > 0) throw WarehouseException.DuplicateKeys(file, table.Qualified, table.Key, clash, againstExisting: true);
    }

    private static void Load(Warehouse warehouse, RawTable table, Dictionary<string, string> source, bool append)
    {
        var columns = string.Join(", ", table.Columns.Select(c => Sql.Identifier(c.Name)));
        var values = string.Join(", ", table.Columns.Select(c => Cast(c, source[c.Name])));
        using var transaction = warehouse.Connection.BeginTransaction();
        if (!append) warehouse.Execute($"DELETE FROM {table.Qualified}");
        warehouse.Execute($"INSERT INTO {table.Qualified} ({columns}) SELECT {values} FROM {Stage} ORDER BY {RowNumber}");
        transaction.Commit();
    }

    private static List<string> Strings(Warehouse warehouse, string sql)
    {
        using var command = warehouse.Command(sql);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.IsDBNull(0) ? "" : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        return values;
    }

    private static List<long> Longs(Warehouse warehouse, string sql)
    {
        using var command = warehouse.Command(sql);
        using var reader = command.ExecuteReader();
        var values = new List<long>();
        while (reader.Read()) values.Add(Convert.ToInt64(reader.GetValue(0)));
        return values;
    }
}
