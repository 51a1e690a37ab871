using LeadScore.Tests.Support;
using LeadScore.Warehouse.Postgres;
using LeadScore.Warehouse.Synthetic;
using Npgsql;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Warehouse.Postgres;

/// <summary>
/// A small synthetic warehouse (3,000 advisors, seed 11) with a champion's scores in one scoring run, and advisors made
/// by hand where the engines could differ: a firm whose turnover is exactly 106.25% (a tie when rounded to one decimal),
/// leads whose ids differ only in case or that lack a creation date, a CRD typed with leading zeros and CRDs too long for
/// a BIGINT, a title with a line break, spells and start dates on the month's end of a leap year. When a PostgreSQL
/// server is there, its raw tables and scores are copied to a database of its own.
/// </summary>
public sealed class PostgresPoolWorld : IDisposable
{
    public const string Run = "run-2025-12";
    public const string Champion = "m1";

    /// <summary>The tables the pool reads, copied to PostgreSQL.</summary>
    public static readonly string[] Tables =
        ["raw.ria_contacts_current", "raw.contact_registered_employment_history", "raw.leads", "raw.tasks", "scores.prospect_scores"];

    private readonly TempFolder folder = new();
    private readonly PostgresDatabase? database;

    public PostgresPoolWorld()
    {
        DuckDbPath = folder.File("pool.duckdb");
        using var warehouse = Store.Open(DuckDbPath);
        SyntheticWarehouse.Fill(warehouse, new SyntheticOptions(3_000, 11));
        Execute(warehouse, Store.Script("scores_schema"));
        PostgresEdges.Add(warehouse);
        Execute(warehouse, "INSERT INTO scores.prospect_scores SELECT '" + Run + "', crd, '" + Champion + "', 'champion', 0, p / 1000.0, NULL, p, p <= 20, " +
                           "'has_email', '1', 0.1, 'tenure_months', '24', 0.05, 'firm_net_change_12mo', '-3', 0.01, 'Scored ' || p || '.' " +
                           "FROM (SELECT ria_contact_crd_id AS crd, CAST(1 + (ria_contact_crd_id * 7919 + 13) % 100 AS INTEGER) AS p " +
                           "FROM raw.ria_contacts_current WHERE producing_advisor AND ria_contact_crd_id % 37 <> 0)");
        if (!PostgresServer.Available) return;
        database = PostgresServer.NewDatabase();
        using var target = database.Open();
        foreach (var table in Tables) PostgresCopy.Copy(warehouse.DuckDb, $"SELECT * FROM {table}", target, table);
        // Servers often sort text as en_US does ('a' before 'B'); the test cluster sorts bytes. Lead ids take an en_US
        // collation where the server has ICU, so that the tie-break on ids must say it wants byte order.
        using var icu = new NpgsqlCommand("SELECT count(*) FROM pg_collation WHERE collname = 'en-US-x-icu'", target);
        if (Convert.ToInt64(icu.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            using var alter = new NpgsqlCommand("ALTER TABLE raw.leads ALTER COLUMN id TYPE text COLLATE \"en-US-x-icu\"; " +
                                                "ALTER TABLE raw.tasks ALTER COLUMN who_id TYPE text COLLATE \"en-US-x-icu\"", target);
            alter.ExecuteNonQuery();
        }
    }

    public string DuckDbPath { get; }

    /// <summary>The DuckDB warehouse, read-only: the pool lives in temporary tables of the connection.</summary>
    public Store OpenDuckDb() => Store.OpenExisting(DuckDbPath, readOnly: true);

    /// <summary>The PostgreSQL copy on a new connection (so a new session, without the temporary tables of another).</summary>
    public Store OpenPostgres()
    {
        var connection = new NpgsqlConnection(database?.ConnectionString ?? throw new InvalidOperationException(PostgresServer.SkipReason));
        connection.Open();
        return Store.OnPostgres(database.Name, connection);
    }

    public void Dispose()
    {
        database?.Dispose();
        folder.Dispose();
    }

    internal static void Execute(Store warehouse, string sql)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
