using DuckDB.NET.Data;
using LeadScore.Data;
using LeadScore.Storage;

namespace LeadScore.Warehouse;

/// <summary>
/// Writes a query's rows to a file with DuckDB's COPY: Parquet, or CSV with a header when the path ends in .csv. The
/// file is written beside its target and renamed only when complete, so an interrupted or failed export leaves the
/// earlier file as it was.
/// </summary>
internal static class FileCopy
{
    internal static long Run(Warehouse warehouse, string select, string path)
    {
        var csv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        using var file = AtomicFile.ForWriter(path);
        long rows;
        try
        {
            // COPY reports the rows it wrote.
            using var copy = warehouse.Command($"COPY ({select}) TO {Sql.Literal(file.TempPath)} ({(csv ? "FORMAT CSV, HEADER" : "FORMAT PARQUET")})");
            rows = copy.ExecuteNonQuery();
        }
        catch (DuckDBException e)
        {
            throw StorageException.NotWritable(path, e.Message, e);
        }
        file.Commit();
        return rows;
    }
}
