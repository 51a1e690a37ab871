namespace LeadScore.Warehouse.Dialects;

internal sealed partial class DuckDbDialect
{
    // date_diff counts the boundaries of the part crossed (spec §1.8), as BigQuery's DATE_DIFF does.
    public override string DaysElapsed(string start, string end) => $"date_diff('day', {start}, {end})";

    public override string MonthBoundaries(string start, string end) => $"date_diff('month', {start}, {end})";

    public override string YearBoundaries(string start, string end) => $"date_diff('year', {start}, {end})";

    public override string IsoDate(string date) => $"strftime({date}, '%Y-%m-%d')";

    public override string DigitsAsBigint(string digits) => $"TRY_CAST({digits} AS BIGINT)";

    public override string OneDecimal(string expression) => $"CAST(round({expression}, 1) AS VARCHAR)";
}
