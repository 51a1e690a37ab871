using System.Text;
using DuckDB.NET.Data;
using LeadScore.Data;
using Npgsql;

namespace LeadScore.Warehouse.Postgres;

/// <summary>
/// Copies the rows of a DuckDB query into a new PostgreSQL table by binary COPY. The table is built under a
/// temporary name and put in place of the earlier one in the same transaction, so a copy that fails leaves the
/// earlier table as it was, and readers see the old rows or the new ones, never half.
/// </summary>
public static class PostgresCopy
{
    private const int MaxNameBytes = 63;

    /// <summary>
    /// Runs <paramref name="select"/> on <paramref name="source"/> and copies its rows into <paramref name="table"/>
    /// (<c>schema.table</c>; <c>public</c> when unqualified), creating the schema when missing. Returns the rows copied.
    /// </summary>
    public static long Copy(DuckDBConnection source, string select, NpgsqlConnection target, string table)
    {
        var (schema, name) = TableName(table);
        var query = select.Trim().TrimEnd(';');
        var columns = Describe(source, query, table);
        if (columns.Any(c => c.ReadAsText))
            query = $"SELECT {string.Join(", ", columns.Select(c => c.ReadAsText ? $"CAST({Sql.Identifier(c.Name)} AS VARCHAR) AS {Sql.Identifier(c.Name)}" : Sql.Identifier(c.Name)))} FROM ({query}) AS source";
        var staging = Sql.Identifier("_leadscore_copy_" + Guid.NewGuid().ToString("N"));
        var qualified = $"{Sql.Identifier(schema)}.{Sql.Identifier(name)}";
        try
        {
            using var transaction = target.BeginTransaction();
            if (!SchemaExists(target, schema)) Execute(target, $"CREATE SCHEMA {Sql.Identifier(schema)}");
            Execute(target, $"CREATE TABLE {Sql.Identifier(schema)}.{staging} ({string.Join(", ", columns.Select(c => c.Definition))})");
            var rows = CopyRows(source, query, target, $"{Sql.Identifier(schema)}.{staging}", columns, table);
            // Statistics now, not when autovacuum gets round to it: the pipeline queries the table right after the copy.
            Execute(target, $"ANALYZE {Sql.Identifier(schema)}.{staging}; DROP TABLE IF EXISTS {qualified}; " +
                            $"ALTER TABLE {Sql.Identifier(schema)}.{staging} RENAME TO {Sql.Identifier(name)}");
            transaction.Commit();
            return rows;
        }
        catch (NpgsqlException e)
        {
            throw WarehouseException.CopyFailed(table, e is PostgresException p ? p.MessageText : e.Message, e);
        }
    }

    private static long CopyRows(DuckDBConnection source, string query, NpgsqlConnection target, string staging, IReadOnlyList<CopyColumn> columns, string table)
    {
        // FREEZE, allowed because the table was created in this transaction: the rows are written as already visible
        // to all, so neither the first reader nor a later vacuum rewrites every page to mark them so.
        using var importer = target.BeginBinaryImport($"COPY {staging} FROM STDIN (FORMAT BINARY, FREEZE)");
        try
        {
            // Streamed, not materialised: a copy of millions of rows holds one chunk at a time.
            using var command = source.CreateCommand();
            command.CommandText = query;
            command.UseStreamingMode = true;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                importer.StartRow();
                for (var i = 0; i < columns.Count; i++) columns[i].Write(reader, i, importer);
            }
        }
        catch (Exception e) when (e is DuckDBException or InvalidCastException or OverflowException or ArgumentOutOfRangeException)
        {
            throw WarehouseException.CopySourceFailed(table, e.Message, e);
        }
        return checked((long)importer.Complete());
    }

    private static List<CopyColumn> Describe(DuckDBConnection source, string query, string table)
    {
        var described = new List<(string Name, string Type)>();
        try
        {
            using var command = source.CreateCommand();
            command.CommandText = $"DESCRIBE {query}";
            using var reader = command.ExecuteReader();
            while (reader.Read()) described.Add((reader.GetString(0), reader.GetString(1)));
        }
        catch (DuckDBException e)
        {
            throw WarehouseException.CopySourceFailed(table, e.Message, e);
        }
        return described.Select(c => CopyColumn.For(table, c.Name, c.Type)).ToList();
    }

    private static (string Schema, string Name) TableName(string table)
    {
        var parts = table.Split('.');
        var (schema, name) = parts.Length switch { 1 => ("public", parts[0]), 2 => (parts[0], parts[1]), _ => ("", "") };
        bool Fits(string part) => part.Length > 0 && Encoding.UTF8.GetByteCount(part) <= MaxNameBytes;
        return Fits(schema) && Fits(name) ? (schema, name) : throw WarehouseException.BadPostgresTable(table);
    }

    private static bool SchemaExists(NpgsqlConnection target, string schema)
    {
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_namespace WHERE nspname = $1", target);
        command.Parameters.Add(new NpgsqlParameter { Value = schema });
        return (long)command.ExecuteScalar()! > 0;
    }

    private static void Execute(NpgsqlConnection target, string sql)
    {
        using var command = new NpgsqlCommand(sql, target);
        command.ExecuteNonQuery();
    }
}
