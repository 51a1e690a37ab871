using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Tests.Warehouse.Dialects;

/// <summary>
/// The dialects' date arithmetic, run by each engine on every month end and many other dates, against .NET's own
/// calendar (domain spec §1.8): differences count the boundaries crossed, and stepping back months or years clamps
/// to the end of the month, as <see cref="DateOnly.AddMonths"/> does.
/// </summary>
public class DateArithmeticTests
{
    [Fact]
    public void DuckDb_date_arithmetic_is_BigQuery_s()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        AssertBigQuerySemantics(connection, SqlDialect.DuckDb);
    }

    [SkippableFact]
    public void PostgreSQL_date_arithmetic_is_BigQuery_s()
    {
        Skip.IfNot(PostgresServer.Available, PostgresServer.SkipReason);
        using var database = PostgresServer.NewDatabase();
        using var connection = database.Open();
        AssertBigQuerySemantics(connection, SqlDialect.Postgres);
    }

    private static readonly (int Count, DateUnit Unit)[] Steps = [(1, DateUnit.Month), (12, DateUnit.Month), (1, DateUnit.Year), (3, DateUnit.Year), (90, DateUnit.Day), (365, DateUnit.Day)];

    private static void AssertBigQuerySemantics(DbConnection connection, SqlDialect dialect)
    {
        var pairs = Pairs();
        var columns = new List<string> { dialect.DaysElapsed("b", "a"), dialect.MonthBoundaries("b", "a"), dialect.YearBoundaries("b", "a") };
        columns.AddRange(Steps.Select(s => dialect.DateSub("a", s.Count, s.Unit)));
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns)} FROM (VALUES {string.Join(", ", pairs.Select(p => $"({Date(p.A)}, {Date(p.B)}, {p.Index})"))}) t(a, b, i) ORDER BY i";
        using var reader = command.ExecuteReader();
        var wrong = new List<string>();
        foreach (var (a, b, _) in pairs)
        {
            Assert.True(reader.Read());
            long[] diffs = [a.DayNumber - b.DayNumber, (a.Year - b.Year) * 12 + a.Month - b.Month, a.Year - b.Year];
            for (var i = 0; i < 3; i++)
                if (Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture) != diffs[i]) wrong.Add($"{columns[i]} with a={a}, b={b}: {reader.GetValue(i)}, not {diffs[i]}");
            for (var s = 0; s < Steps.Length; s++)
            {
                var expected = Steps[s].Unit switch
                {
                    DateUnit.Day => a.AddDays(-Steps[s].Count),
                    DateUnit.Month => a.AddMonths(-Steps[s].Count),
                    _ => a.AddYears(-Steps[s].Count),
                };
                var actual = reader.GetValue(3 + s) is DateTime t ? DateOnly.FromDateTime(t) : (DateOnly)reader.GetValue(3 + s);
                if (actual != expected) wrong.Add($"{columns[3 + s]} with a={a}: {actual}, not {expected}");
            }
        }
        Assert.False(reader.Read());
        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong, first: {string.Join("; ", wrong.Take(5))}");
    }

    // Every month end (and the days around it) from 2019 to 2025 against every other one, and 2,000 spread pairs.
    private static List<(DateOnly A, DateOnly B, int Index)> Pairs()
    {
        var ends = new List<DateOnly>();
        for (var month = new DateOnly(2019, 1, 1); month.Year <= 2025; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            ends.AddRange([end.AddDays(-2), end.AddDays(-1), end, end.AddDays(1)]);
        }
        var pairs = new List<(DateOnly, DateOnly)>();
        for (var i = 0; i < ends.Count; i += 3)
            for (var j = 0; j < ends.Count; j += 7) pairs.Add((ends[i], ends[j]));
        var origin = new DateOnly(1990, 1, 1);
        for (var i = 0; i < 2000; i++) pairs.Add((origin.AddDays(i * 7919 % 13000), origin.AddDays(i * 104729 % 13000)));
        return pairs.Select((p, i) => (p.Item1, p.Item2, i)).ToList();
    }

    private static string Date(DateOnly d) => $"DATE '{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";
}
