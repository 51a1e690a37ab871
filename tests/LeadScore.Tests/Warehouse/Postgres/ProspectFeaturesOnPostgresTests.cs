using System.Diagnostics;
using System.Globalization;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Features;
using Xunit.Abstractions;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Warehouse.Postgres;

/// <summary>
/// The prospect features built on PostgreSQL, from raw tables copied out of a DuckDB warehouse, equal DuckDB's: the
/// same columns in the same order with the matching types, and every value of every row.
/// </summary>
public class ProspectFeaturesOnPostgresTests(TwoEngineWorld world, ITestOutputHelper output) : IClassFixture<TwoEngineWorld>
{
    [SkippableFact]
    public void Prospects_on_PostgreSQL_equal_DuckDB_on_a_date_inside_the_data()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        AssertSameProspects(new DateOnly(2025, 6, 15));
    }

    [SkippableFact]
    public void Prospects_on_PostgreSQL_equal_DuckDB_on_a_leap_day_where_months_and_years_back_clamp_to_the_month_end()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        var rows = AssertSameProspects(TwoEngineWorld.LeapDay);

        // The edge advisors cross each window's first day exactly: they count only where 12 months back from
        // 2024-02-29 is 2023-02-28 and 3 years back 2021-02-28.
        var newcomer = rows[TwoEngineWorld.Newcomer];
        Assert.Equal(12, newcomer["tenure_months"]);
        Assert.Equal(366, newcomer["days_since_last_move"]);
        Assert.Equal(1, newcomer["firm_arrivals_12mo"]);
        Assert.Equal(1, newcomer["firm_departures_12mo"]);
        Assert.Equal(1, newcomer["firm_departures_corrected"]);   // moved 365 days before the leap day: 2023-03-01
        Assert.Equal(1, rows[TwoEngineWorld.Hopper]["mobility_3yr"]);
        Assert.Equal(1, rows[TwoEngineWorld.MonthEndJoiner]["tenure_months"]);
    }

    [SkippableFact]
    public void Parquet_and_snapshot_hashes_say_they_need_DuckDB()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        var error = Assert.Throws<LeadScore.Warehouse.WarehouseException>(() => FeatureTables.Prospects(world.Postgres!, TwoEngineWorld.LeapDay, "prospects.parquet"));
        Assert.Contains("only on a DuckDB warehouse", error.Message);
        Assert.Throws<LeadScore.Warehouse.WarehouseException>(() => FeatureSnapshots.Inputs(world.Postgres!, TwoEngineWorld.LeapDay));
    }

    // Builds the prospects as of the date on both engines and compares them; returns PostgreSQL's rows by advisor.
    private Dictionary<long, Dictionary<string, object?>> AssertSameProspects(DateOnly asOf)
    {
        var watch = Stopwatch.StartNew();
        var onDuckDb = FeatureTables.Prospects(world.DuckDb, asOf);
        var duckDbTime = watch.Elapsed;
        watch.Restart();
        var onPostgres = FeatureTables.Prospects(world.Postgres!, asOf);
        output.WriteLine($"{asOf:yyyy-MM-dd}: {onDuckDb.Rows:N0} prospects, built in {duckDbTime.TotalMilliseconds:N0} ms on DuckDB, {watch.Elapsed.TotalMilliseconds:N0} ms on PostgreSQL");

        var types = new Dictionary<string, string> { ["BIGINT"] = "bigint", ["INTEGER"] = "integer", ["DOUBLE"] = "double precision", ["VARCHAR"] = "text", ["DATE"] = "date" };
        var duckDbColumns = world.DuckDb.ColumnTypes(FeatureTables.ProspectTable);
        Assert.Equal(duckDbColumns.Select(c => (c.Name, types[c.Type])), world.Postgres!.ColumnTypes(FeatureTables.ProspectTable));

        var expected = Rows(world.DuckDb);
        var actual = Rows(world.Postgres);
        Assert.True(expected.Count > 1000, $"only {expected.Count} prospects");
        Assert.Equal(onDuckDb.Rows, onPostgres.Rows);
        Assert.Equal(expected.Count, actual.Count);
        var differences = new List<string>();
        foreach (var (crd, row) in expected)
            foreach (var (column, value) in row)
                if (!Equals(value, actual[crd][column])) differences.Add($"advisor {crd} {column}: DuckDB {value ?? "NULL"}, PostgreSQL {actual[crd][column] ?? "NULL"}");
        Assert.True(differences.Count == 0, $"{differences.Count} values differ, first: {string.Join("; ", differences.Take(10))}");
        return actual;
    }

    private static Dictionary<long, Dictionary<string, object?>> Rows(Store warehouse)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {FeatureTables.ProspectTable}";
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<long, Dictionary<string, object?>>();
        while (reader.Read())
            rows.Add(reader.GetInt64(0), Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => Value(reader.IsDBNull(i) ? null : reader.GetValue(i))));
        return rows;
    }

    // Each provider's CLR type for a DATE: compared as the day it is.
    private static object? Value(object? value) => value is DateTime t ? DateOnly.FromDateTime(t) : value;
}
