namespace LeadScore.Warehouse.Dialects;

// DuckDB's date_diff counts boundaries crossed, and DATE - INTERVAL clamps to the end of the month (a TIMESTAMP,
// cast back): both already BigQuery's semantics.
internal sealed partial class DuckDbDialect
{
    public override string DateSub(string date, int count, DateUnit unit) => $"CAST(({date}) - INTERVAL {count} {Part(unit).ToUpperInvariant()} AS DATE)";

    private static string Part(DateUnit unit) => unit switch
    {
        DateUnit.Day => "day",
        DateUnit.Month => "month",
        DateUnit.Year => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };
}
