namespace LeadScore.Warehouse.Dialects;

/// <summary>PostgreSQL (through Npgsql): real is IEEE single, double precision IEEE double; NaN equals itself.</summary>
internal sealed partial class PostgresDialect : SqlDialect
{
    public override string Name => "postgres";

    public override string DoubleType => "DOUBLE PRECISION";

    public override string? Float32Type => "REAL";

    public override string TextType => "TEXT";

    protected override string SpecialDouble(double value) =>
        $"CAST('{(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity")}' AS DOUBLE PRECISION)";

    public override string IsNaN(string expression) => $"({expression} = CAST('NaN' AS DOUBLE PRECISION))";

    // PostgreSQL has no error() function; casting the message to a number fails with the message quoted. The column
    // in it keeps the planner from folding (and so raising) it for rows that never take that branch.
    public override string Error(string message, string context) =>
        $"CAST({Text(message)} || CAST({context} AS TEXT) AS DOUBLE PRECISION)";

    public override string CreateTableAs(string table, string query) => $"DROP TABLE IF EXISTS {table};\nCREATE TABLE {table} AS\n{query}";
}
