using System.Diagnostics;
using LeadScore.Warehouse.Features;
using LeadScore.Warehouse.Postgres;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Bench;

/// <summary>
/// The PostgreSQL server <c>bench sql</c> measures: <c>--postgres</c>, else <c>$LEADSCORE_POSTGRES</c>. The benchmark's
/// prospect features are copied into it once (timed apart) so that it scores the same rows as DuckDB.
/// </summary>
public sealed class SqlBenchPostgres(PostgresAddress address)
{
    private string copied = "";

    public string Description => $"PostgreSQL at {address}{copied}";

    public static SqlBenchPostgres? From(string? option) =>
        option is { Length: > 0 } ? new(PostgresAddress.Parse(option, "--postgres")) : PostgresAddress.FromEnvironment() is { } env ? new(env) : null;

    /// <summary>A warehouse on the server holding the DuckDB warehouse's <c>features.prospects</c>, copied on the first call.</summary>
    public Store Open(string duckDb)
    {
        var warehouse = Store.OnPostgres(address.ToString(), address.Open());
        if (copied.Length == 0)
        {
            var watch = Stopwatch.StartNew();
            using var source = Store.OpenExisting(duckDb, readOnly: true);
            var rows = PostgresCopy.Copy(source.DuckDb, $"SELECT * FROM {FeatureTables.ProspectTable}", (Npgsql.NpgsqlConnection)warehouse.Connection, FeatureTables.ProspectTable);
            copied = $" ({rows:N0} prospect rows copied in {watch.Elapsed.TotalSeconds:F1} s, not timed above)";
        }
        return warehouse;
    }
}
