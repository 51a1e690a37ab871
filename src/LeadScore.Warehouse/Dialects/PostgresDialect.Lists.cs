namespace LeadScore.Warehouse.Dialects;

internal sealed partial class PostgresDialect
{
    // pg_temp: never a permanent table of the same name that the search path would find when no temporary one exists.
    public override string CreateTempTable(string name) => $"DROP TABLE IF EXISTS pg_temp.{name};\nCREATE TEMP TABLE {name}";

    public override string DaysElapsed(string start, string end) => $"CAST(CAST({end} AS DATE) - CAST({start} AS DATE) AS BIGINT)";

    public override string MonthBoundaries(string start, string end) =>
        $"CAST((EXTRACT(YEAR FROM {end}) - EXTRACT(YEAR FROM {start})) * 12 + EXTRACT(MONTH FROM {end}) - EXTRACT(MONTH FROM {start}) AS BIGINT)";

    public override string YearBoundaries(string start, string end) => $"CAST(EXTRACT(YEAR FROM {end}) - EXTRACT(YEAR FROM {start}) AS BIGINT)";

    public override string IsoDate(string date) => $"to_char({date}, 'YYYY-MM-DD')";

    // No TRY_CAST: digits are a number that fits when they are at most bigint's largest (numeric holds any length).
    public override string DigitsAsBigint(string digits) =>
        $"CASE WHEN CAST({digits} AS NUMERIC) <= 9223372036854775807 THEN CAST({digits} AS BIGINT) END";

    // round(double) rounds half to even, round(numeric) sees the double through 15 digits, and a double prints
    // without its ".0": the tenths are counted as DuckDB's round does (std::round of x·10, half away from zero, exact
    // on the fraction of a double) and written as integers.
    public override string OneDecimal(string expression)
    {
        string y = $"(CAST({expression} AS DOUBLE PRECISION) * 10)";
        string tenths = $"CAST(sign({y}) * CASE WHEN abs({y}) - floor(abs({y})) >= 0.5 THEN ceil(abs({y})) ELSE floor(abs({y})) END AS BIGINT)";
        return $"(CASE WHEN {tenths} < 0 THEN '-' ELSE '' END || CAST(abs({tenths}) / 10 AS TEXT) || '.' || CAST(abs({tenths}) % 10 AS TEXT))";
    }

    // The database's collation may sort 'a' before 'B'; DuckDB and BigQuery sort text by its bytes.
    public override string Bytewise(string expression) => $"({expression} COLLATE \"C\")";
}
