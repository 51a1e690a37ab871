using System.Data.Common;
using System.Reflection;
using DuckDB.NET.Data;
using LeadScore.Data;
using LeadScore.Data.Input;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Warehouse;

/// <summary>
/// A leadscore warehouse: one embedded DuckDB database file per workspace, with the raw tables of
/// <c>Sql/raw_schema.sql</c> (opening creates the file, its folder and the schema when they are missing), or a
/// PostgreSQL database (<see cref="OnPostgres"/>). What differs between the two is in <see cref="Dialect"/>.
/// </summary>
public sealed class Warehouse : IDisposable
{
    /// <summary>Where a workspace keeps its database unless told otherwise.</summary>
    public static readonly string DefaultPath = System.IO.Path.Combine("workspace", "leadscore.duckdb");

    /// <summary>The name the database file is attached under in the connection.</summary>
    public const string CatalogName = "warehouse";

    private const string Catalog = CatalogName;

    private Warehouse(string path, DbConnection connection, SqlDialect dialect)
    {
        Path = path;
        Connection = connection;
        Dialect = dialect;
    }

    /// <summary>The DuckDB file, or the PostgreSQL address as the user gave it (without a password).</summary>
    public string Path { get; }

    public DbConnection Connection { get; }

    /// <summary>The SQL engine behind the connection.</summary>
    public SqlDialect Dialect { get; }

    /// <summary>The connection as DuckDB's, for what only DuckDB offers here (appenders, files, content hashes).</summary>
    public DuckDBConnection DuckDb => Connection as DuckDBConnection ?? throw WarehouseException.DuckDbOnly(Path);

    /// <summary>A warehouse on an open PostgreSQL connection (see <c>Postgres/PostgresAddress</c>); it is disposed with the warehouse.</summary>
    public static Warehouse OnPostgres(string name, DbConnection connection)
    {
        var warehouse = new Warehouse(name, connection, SqlDialect.Postgres);
        // PostgreSQL's JIT compiler spends minutes on the expressions of a compiled model (6 min for R3, against 3 s without).
        warehouse.Execute("SET jit = off");
        return warehouse;
    }

    /// <summary>Opens the warehouse at <paramref name="path"/>, creating the file, its folder and the raw tables when missing.</summary>
    public static Warehouse Open(string path) => Connect(path, create: true, readOnly: false);

    /// <summary>
    /// Opens an existing warehouse; a path that holds none is an error (a command that only reads never creates a
    /// database). <paramref name="readOnly"/> opens it without write access, beside other readers.
    /// </summary>
    public static Warehouse OpenExisting(string path, bool readOnly = false)
    {
        if (!File.Exists(path)) throw Directory.Exists(path) ? WarehouseException.NotAWarehouse(path) : WarehouseException.Missing(path);
        return Connect(path, create: false, readOnly);
    }

    private static Warehouse Connect(string path, bool create, bool readOnly)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full)) throw WarehouseException.NotAWarehouse(path);
        if (File.Exists(full) && !LooksLikeDuckDb(full)) throw WarehouseException.NotAWarehouse(path);
        DuckDBConnection? connection = null;
        try
        {
            if (create) Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            // Attached under a fixed name: a file called raw.duckdb, features.duckdb or synth.duckdb would otherwise
            // give the catalog the name of one of the warehouse's schemas, and every query naming that schema would fail.
            connection = new DuckDBConnection("DataSource=:memory:");
            connection.Open();
            using (var attach = connection.CreateCommand())
            {
                attach.CommandText = $"ATTACH {Sql.Literal(full)} AS {Catalog}{(readOnly ? " (READ_ONLY)" : "")}; USE {Catalog}";
                attach.ExecuteNonQuery();
            }
            var warehouse = new Warehouse(path, connection, SqlDialect.DuckDb);
            if (!readOnly) warehouse.Execute(Script("raw_schema"));
            return warehouse;
        }
        catch (Exception e) when (e is DuckDBException or IOException or UnauthorizedAccessException)
        {
            connection?.Dispose();
            throw DatabaseLock.IsConflict(e)
                ? WarehouseException.InUse(path, DatabaseLock.Holder(e))
                : WarehouseException.Unopenable(path, e.Message, e);
        }
    }

    /// <summary>The raw tables, their columns and keys, as the database describes them.</summary>
    public IReadOnlyList<RawTable> RawTables()
    {
        var columns = new Dictionary<string, List<TableColumn>>();
        using (var command = Command("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns " +
                                     "WHERE table_schema = 'raw' ORDER BY table_name, ordinal_position"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var table = reader.GetString(0);
                if (!columns.TryGetValue(table, out var list)) columns[table] = list = [];
                list.Add(new TableColumn(reader.GetString(1), reader.GetString(2), reader.GetString(3) == "YES"));
            }
        var keys = new Dictionary<string, List<string>>();
        using (var command = Command("SELECT table_name, constraint_column_names FROM duckdb_constraints() " +
                                     "WHERE schema_name = 'raw' AND constraint_type = 'PRIMARY KEY'"))
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                keys[reader.GetString(0)] = ((System.Collections.IEnumerable)reader.GetValue(1)).Cast<object>().Select(o => o.ToString()!).ToList();
        return columns.Select(kv => new RawTable(kv.Key, kv.Value, keys.GetValueOrDefault(kv.Key) ?? [])).ToArray();
    }

    /// <summary>Rows in a table (by qualified name from <see cref="RawTables"/>).</summary>
    public long Count(RawTable table)
    {
        using var command = Command($"SELECT count(*) FROM raw.{Sql.Identifier(table.Name)}");
        return Convert.ToInt64(command.ExecuteScalar());
    }

    /// <summary>Rows of a table by its qualified name (e.g. "raw.tasks"), those meeting a SQL condition when one is given.</summary>
    public long Count(string qualified, string? where = null)
    {
        using var command = Command($"SELECT count(*) FROM {qualified}" + (where is null ? "" : $" WHERE {where}"));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether a table exists, by its qualified name (e.g. "features.training").</summary>
    public bool HasTable(string qualified)
    {
        var parts = qualified.Split('.', 2);
        using var command = Command("SELECT count(*) FROM information_schema.tables WHERE table_catalog = current_database() " +
                                    $"AND table_schema = {Sql.Literal(parts.Length == 2 ? parts[0] : Dialect.DefaultSchema)} AND table_name = {Sql.Literal(parts[^1])}");
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }

    /// <summary>The columns of a table (by qualified name, e.g. "features.prospects") and their types, in order.</summary>
    public IReadOnlyList<(string Name, string Type)> ColumnTypes(string table)
    {
        var parts = table.Split('.', 2);
        using var command = Command("SELECT column_name, data_type FROM information_schema.columns WHERE table_catalog = current_database() " +
                                              $"AND table_schema = {Sql.Literal(parts[0])} AND table_name = {Sql.Literal(parts[1])} ORDER BY ordinal_position");
        using var reader = command.ExecuteReader();
        var columns = new List<(string, string)>();
        while (reader.Read()) columns.Add((reader.GetString(0), reader.GetString(1)));
        return columns;
    }

    /// <summary>
    /// The last day the raw data records anything (a spell starting or an end date becoming known, a lead created or
    /// moving stage); null when the raw tables are empty. Features cannot be computed honestly much after it.
    /// </summary>
    public DateOnly? DataThrough()
    {
        using var command = Command("SELECT greatest((SELECT max(greatest(previous_registration_company_start_date, coalesce(end_date_known_at, DATE '0001-01-01'))) " +
                                    "FROM raw.contact_registered_employment_history), (SELECT max(greatest(CAST(created_date AS DATE), " +
                                    "coalesce(CAST(stage_entered_contacting__c AS DATE), DATE '0001-01-01'), coalesce(CAST(stage_entered_call_scheduled__c AS DATE), DATE '0001-01-01'))) FROM raw.leads))");
        var value = command.ExecuteScalar();
        return value is null or DBNull ? null : value is DateOnly d ? d : DateOnly.FromDateTime(Convert.ToDateTime(value));
    }

    public void Dispose() => Connection.Dispose();

    internal DbCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        // A month's features or a compiled model over every advisor runs as long as it needs (Npgsql's default is 30 s).
        command.CommandTimeout = 0;
        return command;
    }

    internal void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    /// <summary>An embedded SQL script of <c>Sql/</c> by file name without extension.</summary>
    internal static string Script(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"sql.{name}.sql")
            ?? throw new InvalidOperationException($"SQL script {name} is not embedded");
        return new StreamReader(stream).ReadToEnd();
    }

    private static bool LooksLikeDuckDb(string path)
    {
        if (new FileInfo(path).Length == 0) return true;
        Span<byte> header = stackalloc byte[12];
        using var stream = File.OpenRead(path);
        return stream.Read(header) == 12 && header[8..12].SequenceEqual("DUCK"u8);
    }
}
