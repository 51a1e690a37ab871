using System.Diagnostics;
using DuckDB.NET.Data;
using LeadScore.Data;

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
    private const string RowNumber = StagedFile.RowNumber;

    public static ImportResult Run(Warehouse warehouse, string tableName, string file, bool append)
    {
        var watch = Stopwatch.StartNew();
        var tables = warehouse.RawTables();
        var name = tableName.StartsWith("raw.", StringComparison.OrdinalIgnoreCase) ? tableName[4..] : tableName;
        var table = tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw WarehouseException.UnknownTable(tableName, tables.Select(t => t.Qualified));
        try
        {
            using var staged = StagedFile.Load(warehouse, file, Stage);
            long rows = staged.Rows();
            if (rows == 0) throw WarehouseException.EmptyFile(file);
            var source = Columns(staged, table);
            staged.CheckValues(table.Columns, source);
            staged.CheckRules(RawTableRules.For(table.Name), table.Columns, source, table.Qualified);
            CheckKeys(staged, table, source, append);
            Load(warehouse, table, source, append);
            return new ImportResult(table, file, rows, !append, warehouse.Count(table), watch.Elapsed);
        }
        catch (DuckDBException e)
        {
            throw DataFileException.Unreadable(file, e.Message, e);
        }
    }

    // Table column → the file's column of the same name (names compare without regard to case, as SQL's do).
    private static Dictionary<string, string> Columns(StagedFile staged, RawTable table)
    {
        var names = staged.Columns();
        var byLower = names.GroupBy(n => n.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First());
        var missing = table.Columns.Where(c => !byLower.ContainsKey(c.Name.ToLowerInvariant())).Select(c => c.Name).ToList();
        if (missing.Count > 0) throw WarehouseException.MissingColumns(staged.File, table.Qualified, missing);
        var extra = names.Where(n => table.Columns.All(c => !string.Equals(c.Name, n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (extra.Count > 0) throw WarehouseException.ExtraColumns(staged.File, table.Qualified, extra);
        return table.Columns.ToDictionary(c => c.Name, c => byLower[c.Name.ToLowerInvariant()]);
    }

    private static string Cast(TableColumn column, string source) => StagedFile.Cast(column, source);

    private static void CheckKeys(StagedFile staged, RawTable table, Dictionary<string, string> source, bool append)
    {
        if (table.Key.Count == 0) return;
        var parts = table.Key.Select(k => Cast(table.Columns.First(c => c.Name == k), source[k])).ToArray();
        var keys = string.Join(", ", parts);
        var text = "'(' || concat_ws(', ', " + string.Join(", ", parts.Select(p => $"CAST({p} AS VARCHAR)")) + ") || ')'";
        var twice = staged.Strings($"SELECT {text} || ' at rows ' || string_agg(CAST({RowNumber} AS VARCHAR), ', ' ORDER BY {RowNumber}) " +
                                   $"FROM {Stage} GROUP BY {keys} HAVING count(*) > 1 ORDER BY min({RowNumber}) LIMIT {Shown}");
        if (twice.Count > 0) throw WarehouseException.DuplicateKeys(staged.File, table.Qualified, table.Key, twice, againstExisting: false);
        if (!append) return;
        var existing = string.Join(", ", table.Key.Select(Sql.Identifier));
        var clash = staged.Strings($"SELECT {text} || ' at row ' || CAST({RowNumber} AS VARCHAR) FROM {Stage} " +
                                   $"WHERE ({keys}) IN (SELECT ({existing}) FROM {table.Qualified}) ORDER BY {RowNumber} LIMIT {Shown}");
        if (clash.Count > 0) throw WarehouseException.DuplicateKeys(staged.File, table.Qualified, table.Key, clash, againstExisting: true);
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
}
