namespace LeadScore.Warehouse.Dialects;

// PostgreSQL has no date_diff: months and years are differences of date_part, days a date subtraction (an integer,
// cast to BIGINT as DuckDB's). date - interval clamps to the end of the month, as BigQuery's DATE_SUB does.
internal sealed partial class PostgresDialect
{
    public override string DateSub(string date, int count, DateUnit unit) => $"CAST(({date}) - INTERVAL '{count} {Units(unit)}' AS DATE)";

    private static string Units(DateUnit unit) => unit switch
    {
        DateUnit.Day => "days",
        DateUnit.Month => "months",
        DateUnit.Year => "years",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };
}
