using LeadScore.Tests.Support;
using LeadScore.Warehouse.Postgres;
using LeadScore.Warehouse.Synthetic;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Warehouse.Postgres;

/// <summary>
/// A small synthetic DuckDB warehouse (4,000 advisors, seed 42, and four edge advisors around 2024-02-29) and, when a
/// PostgreSQL server is available, a database of its own holding copies of the raw tables the prospect features read.
/// </summary>
public sealed class TwoEngineWorld : IDisposable
{
    /// <summary>The leap day whose 12 months back is 2023-02-28 and 3 years back 2021-02-28.</summary>
    public static readonly DateOnly LeapDay = new(2024, 2, 29);

    /// <summary>Joined the edge firm exactly 12 months before the leap day, as the one before left it.</summary>
    public const long Newcomer = 990_000_001;

    /// <summary>Left the edge firm 12 months before the leap day; moved on 365 days before it.</summary>
    public const long Leaver = 990_000_002;

    /// <summary>Started at one firm exactly 3 years before the leap day, and at the next a day later.</summary>
    public const long Hopper = 990_000_003;

    /// <summary>Started on 2024-01-31: one month boundary crossed by the leap day.</summary>
    public const long MonthEndJoiner = 990_000_004;

    private static readonly string[] RawTables = ["ria_contacts_current", "contact_registered_employment_history", "firms", "broker_protocol_members"];

    private readonly TempFolder folder = new();
    private readonly PostgresDatabase? database;

    public TwoEngineWorld()
    {
        DuckDb = Store.Open(folder.File("world.duckdb"));
        SyntheticWarehouse.Fill(DuckDb, new SyntheticOptions(4_000, 42));
        AddEdgeAdvisors();
        if (!PostgresServer.Available) return;
        database = PostgresServer.NewDatabase();
        var connection = database.Open();
        Postgres = Store.OnPostgres(database.Name, connection);
        foreach (var table in RawTables) PostgresCopy.Copy(DuckDb.DuckDb, $"SELECT * FROM raw.{table}", connection, $"raw.{table}");
    }

    public Store DuckDb { get; }

    /// <summary>The PostgreSQL warehouse; null when no server is available (the tests skip).</summary>
    public Store? Postgres { get; }

    public void Dispose()
    {
        Postgres?.Dispose();
        database?.Dispose();
        DuckDb.Dispose();
        folder.Dispose();
    }

    private void AddEdgeAdvisors()
    {
        using var command = DuckDb.Connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO raw.ria_contacts_current (ria_contact_crd_id, email, rep_type, producing_advisor, active) VALUES " +
            $"({Newcomer}, 'n@x.com', 'DR', true, true), ({Leaver}, 'l@x.com', 'IA', true, true), ({Hopper}, NULL, 'DR', true, true), ({MonthEndJoiner}, '', 'DR', true, true);" +
            "INSERT INTO raw.firms VALUES (990001, 'EDGE FIRM', 'Independent RIA', 3), (990002, 'OTHER EDGE FIRM', 'Broker-Dealer', 2);" +
            "INSERT INTO raw.contact_registered_employment_history VALUES " +
            $"({Newcomer}, 990001, 'EDGE FIRM', DATE '2023-02-28', NULL, NULL), " +
            $"({Leaver}, 990001, 'EDGE FIRM', DATE '2015-01-01', DATE '2023-02-28', DATE '2023-03-15'), " +
            $"({Leaver}, 990002, 'OTHER EDGE FIRM', DATE '2023-03-01', NULL, NULL), " +
            $"({Hopper}, 990002, 'OTHER EDGE FIRM', DATE '2021-02-28', DATE '2021-03-01', DATE '2021-03-10'), " +
            $"({Hopper}, 990001, 'EDGE FIRM', DATE '2021-03-01', NULL, NULL), " +
            $"({MonthEndJoiner}, 990002, 'OTHER EDGE FIRM', DATE '2024-01-31', NULL, NULL)";
        command.ExecuteNonQuery();
    }
}
