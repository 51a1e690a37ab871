using DuckDB.NET.Data;

namespace LeadScore.Data.Input;

/// <summary>
/// An input table: a Parquet or CSV file, or a table inside a DuckDB database file (a warehouse), and the SQL
/// that reads it. <see cref="Connect"/> gives a connection on which <see cref="TableFunction"/> resolves.
/// </summary>
public sealed record InputFile(string Path, InputFormat Format, string? Table = null)
{
    private const string WarehouseAlias = "warehouse";

    public static InputFile Recognise(string path)
    {
        if (!File.Exists(path)) throw DataFileException.NotFound(path);
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".csv" or ".tsv" or ".txt") return new(path, InputFormat.Csv);
        if (extension == ".parquet" || StartsWithParquetMagic(path)) return new(path, InputFormat.Parquet);
        if (extension is ".duckdb" or ".db") throw DataFileException.TableNeeded(path);
        throw DataFileException.UnknownFormat(path);
    }

    /// <summary>A file, or with <paramref name="table"/> a table of the DuckDB database at <paramref name="path"/>.</summary>
    public static InputFile Recognise(string path, string? table)
    {
        if (string.IsNullOrWhiteSpace(table)) return Recognise(path);
        if (!File.Exists(path)) throw DataFileException.NotFound(path);
        return new(path, InputFormat.WarehouseTable, table);
    }

    /// <summary>What to call the input in messages: the path, plus the table for a warehouse.</summary>
    public string Name => Table is null ? Path : $"{Path} (table {Table})";

    /// <summary>
    /// The FROM clause. CSV is read as text and converted by the engine, so a stray word in a numeric column is
    /// reported with its row instead of failing deep inside DuckDB's type sniffing.
    /// </summary>
    public string TableFunction => Format switch
    {
        InputFormat.Parquet => $"read_parquet({Sql.Literal(Path)})",
        InputFormat.WarehouseTable => $"{WarehouseAlias}.{QualifiedTable}",
        _ => $"read_csv({Sql.Literal(Path)}, header = true, all_varchar = true)",
    };

    // "features.training" names a table in a schema; a bare name is in the database's main schema.
    private string QualifiedTable => $"{Sql.Identifier(TableParts.Schema)}.{Sql.Identifier(TableParts.Name)}";

    private (string Schema, string Name) TableParts => Table!.Split('.', 2) is [var schema, var name] && schema.Length > 0 && name.Length > 0
        ? (schema, name)
        : ("main", Table!);

    /// <summary>An open in-memory DuckDB connection on which <see cref="TableFunction"/> can be queried.</summary>
    public DuckDBConnection Connect()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        try
        {
            connection.Open();
            if (Format == InputFormat.WarehouseTable)
            {
                using var attach = connection.CreateCommand();
                attach.CommandText = $"ATTACH {Sql.Literal(Path)} AS {WarehouseAlias} (READ_ONLY)";
                attach.ExecuteNonQuery();
                using var exists = connection.CreateCommand();
                exists.CommandText = $"SELECT count(*) FROM duckdb_tables() WHERE database_name = '{WarehouseAlias}' " +
                                     $"AND schema_name = {Sql.Literal(TableParts.Schema)} AND table_name = {Sql.Literal(TableParts.Name)}";
                if (Convert.ToInt64(exists.ExecuteScalar()) == 0 && !ViewExists(connection))
                    throw DataFileException.TableMissing(Path, Table!, TableNames(connection));
            }
            return connection;
        }
        catch (DuckDBException e)
        {
            connection.Dispose();
            throw DatabaseLock.IsConflict(e)
                ? DataFileException.InUse(Path, DatabaseLock.Holder(e), e)
                : DataFileException.Unreadable(Name, e.Message, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The input's columns as DuckDB types them, in table order; a name given twice is refused.</summary>
    public static Dictionary<string, InputColumn> Describe(DuckDBConnection connection, InputFile file)
    {
        file.CheckUniqueColumns(connection);
        using var command = connection.CreateCommand();
        command.CommandText = $"DESCRIBE SELECT * FROM {file.TableFunction}";
        using var reader = command.ExecuteReader();
        var columns = new Dictionary<string, InputColumn>(StringComparer.Ordinal);
        while (reader.Read()) columns[reader.GetString(0)] = new InputColumn(reader.GetString(0), reader.GetString(1));
        return columns;
    }

    /// <summary>
    /// Refuses a file whose header names a column twice (or twice but for case, as SQL names compare): DuckDB would
    /// rename the second copy and a reader would silently take one of the two.
    /// </summary>
    public void CheckUniqueColumns(DuckDBConnection connection)
    {
        var names = Format switch
        {
            InputFormat.Csv => CsvHeader(connection),
            InputFormat.Parquet => ParquetHeader(),
            _ => [],
        };
        var twice = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join("/", g.Distinct())).ToList();
        if (twice.Count > 0) throw DataFileException.DuplicateColumns(Path, twice);
    }

    private List<string> CsvHeader(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM read_csv({Sql.Literal(Path)}, header = false, all_varchar = true) LIMIT 1";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        if (reader.Read())
            for (int i = 0; i < reader.FieldCount; i++) names.Add(reader.IsDBNull(i) ? "" : reader.GetString(i).Trim());
        return names;
    }

    private List<string> ParquetHeader()
    {
        try
        {
            using var stream = File.OpenRead(Path);
            var reader = Parquet.ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
            try { return reader.Schema.Fields.Select(f => f.Name).ToList(); }
            finally { reader.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw DataFileException.Unreadable(Path, e.Message, e);
        }
    }

    private bool ViewExists(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM duckdb_views() WHERE database_name = '{WarehouseAlias}' " +
                              $"AND schema_name = {Sql.Literal(TableParts.Schema)} AND view_name = {Sql.Literal(TableParts.Name)}";
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    private static List<string> TableNames(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT CASE WHEN schema_name = 'main' THEN table_name ELSE schema_name || '.' || table_name END " +
                              $"FROM duckdb_tables() WHERE database_name = '{WarehouseAlias}' ORDER BY 1";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private static bool StartsWithParquetMagic(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.Read(magic) == 4 && magic.SequenceEqual("PAR1"u8);
    }
}

public enum InputFormat
{
    Parquet,
    Csv,
    WarehouseTable,
}
