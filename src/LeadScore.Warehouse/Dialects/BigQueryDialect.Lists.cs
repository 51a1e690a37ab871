namespace LeadScore.Warehouse.Dialects;

internal sealed partial class BigQueryDialect
{
    public override string DaysElapsed(string start, string end) => $"DATE_DIFF(CAST({end} AS DATE), CAST({start} AS DATE), DAY)";

    public override string MonthBoundaries(string start, string end) => $"DATE_DIFF(CAST({end} AS DATE), CAST({start} AS DATE), MONTH)";

    public override string YearBoundaries(string start, string end) => $"DATE_DIFF(CAST({end} AS DATE), CAST({start} AS DATE), YEAR)";

    public override string IsoDate(string date) => $"FORMAT_DATE('%Y-%m-%d', {date})";

    public override string RegexReplaceAll(string expression, string regex, string replacement) =>
        $"REGEXP_REPLACE({expression}, {Text(regex)}, {Text(replacement)})";

    public override string DigitsAsBigint(string digits) => $"SAFE_CAST({digits} AS INT64)";

    // ROUND on FLOAT64 rounds half away from zero; '/' on INT64 gives a FLOAT64, so DIV and MOD.
    public override string OneDecimal(string expression)
    {
        string tenths = $"CAST(ROUND({expression} * 10) AS INT64)";
        return $"CONCAT(IF({tenths} < 0, '-', ''), CAST(DIV(ABS({tenths}), 10) AS STRING), '.', CAST(MOD(ABS({tenths}), 10) AS STRING))";
    }
}
