namespace LeadScore.Warehouse.Dialects;

// BigQuery is where the semantics come from (domain spec §1.8): DATE_DIFF and DATE_SUB as they are.
internal sealed partial class BigQueryDialect
{
    public override string DateSub(string date, int count, DateUnit unit) => $"DATE_SUB({date}, INTERVAL {count} {Part(unit)})";

    private static string Part(DateUnit unit) => unit switch
    {
        DateUnit.Day => "DAY",
        DateUnit.Month => "MONTH",
        DateUnit.Year => "YEAR",
        _ => throw new ArgumentOutOfRangeException(nameof(unit)),
    };
}
