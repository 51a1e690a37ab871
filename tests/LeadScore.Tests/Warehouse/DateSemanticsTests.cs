using DuckDB.NET.Data;

namespace LeadScore.Tests.Warehouse;

/// <summary>
/// The warehouse computes features in DuckDB SQL; these pin that DuckDB's date arithmetic is BigQuery's
/// (domain spec §1.8): DATE_DIFF counts calendar boundaries crossed, and subtracting months clamps to the end of
/// the month.
/// </summary>
public class DateSemanticsTests
{
    private static object? Scalar(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Theory]
    [InlineData("2024-02-01", "2024-01-31", "month", 1)]
    [InlineData("2024-01-31", "2024-01-01", "month", 0)]
    [InlineData("2025-01-01", "2024-12-31", "year", 1)]
    [InlineData("2024-12-31", "2024-01-01", "year", 0)]
    [InlineData("2024-03-01", "2024-02-28", "day", 2)]
    [InlineData("2024-01-15", "2024-03-20", "month", -2)]
    public void Date_diff_counts_boundaries_crossed_like_BigQuery(string later, string earlier, string part, long expected) =>
        Assert.Equal(expected, Convert.ToInt64(Scalar($"SELECT date_diff('{part}', DATE '{earlier}', DATE '{later}')")));

    [Fact]
    public void Date_diff_month_equals_the_BigQuery_formula_on_many_date_pairs()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT a, b, date_diff('month', b, a), date_diff('year', b, a) FROM (" +
            "SELECT DATE '1990-01-01' + CAST(i * 7919 % 13000 AS INTEGER) AS a, DATE '1990-01-01' + CAST(i * 104729 % 13000 AS INTEGER) AS b FROM range(5000) t(i))";
        using var reader = command.ExecuteReader();
        int rows = 0;
        while (reader.Read())
        {
            var a = reader.GetFieldValue<DateOnly>(0);
            var b = reader.GetFieldValue<DateOnly>(1);
            Assert.Equal((a.Year - b.Year) * 12 + a.Month - b.Month, reader.GetInt64(2));
            Assert.Equal(a.Year - b.Year, reader.GetInt64(3));
            rows++;
        }
        Assert.Equal(5000, rows);
    }

    [Theory]
    [InlineData("2024-02-29", "12 MONTH", "2023-02-28")]
    [InlineData("2024-03-31", "1 MONTH", "2024-02-29")]
    [InlineData("2024-02-29", "1 YEAR", "2023-02-28")]
    [InlineData("2025-10-31", "3 YEAR", "2022-10-31")]
    public void Subtracting_months_or_years_clamps_to_the_end_of_the_month(string date, string interval, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Scalar($"SELECT CAST(DATE '{date}' - INTERVAL {interval} AS DATE)") switch
            {
                DateOnly d => d,
                DateTime t => DateOnly.FromDateTime(t),
                var other => throw new InvalidOperationException($"unexpected {other?.GetType()}"),
            });
}
