namespace LeadScore.Warehouse.Dialects;

/// <summary>PostgreSQL (through Npgsql): real is IEEE single, double precision IEEE double; NaN equals itself.</summary>
internal sealed partial class PostgresDialect : SqlDialect
{
    public override string Name => "postgres";

    public override string DoubleType => "DOUBLE PRECISION";

    public override string? Float32Type => "REAL";

    public override string TextType => "TEXT";

    public override string DefaultSchema => "public";

    protected override string SpecialDouble(double value) =>
        $"CAST('{(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity")}' AS DOUBLE PRECISION)";

    public override string IntegerDivide(string dividend, string divisor) => $"({dividend} / {divisor})";

    public override string IsNaN(string expression) => $"({expression} = CAST('NaN' AS DOUBLE PRECISION))";

    // PostgreSQL has no error() function; casting the message to a number fails with the message quoted. The column
    // in it keeps the planner from folding (and so raising) it for rows that never take that branch.
    public override string Error(string message, string context) =>
        $"CAST({Text(message)} || coalesce(CAST({context} AS TEXT), 'NULL') AS DOUBLE PRECISION)";

    // PostgreSQL's exp raises on overflow and on underflow (beyond about ±708) where C's returns infinity or 0; within
    // ±708 the result already rounds every score the same way, so the argument is clamped there.
    public override string Exp(string expression) => $"exp(least(greatest({expression}, {Double(-708)}), {Double(708)}))";

    // Inlined, each CTE's expressions are copied into every use and evaluated again: materialised, once.
    public override string Cte(string name) => $"{name} AS MATERIALIZED (";

    public override string? RunAdvice =>
        "-- PostgreSQL: run `SET jit = off` first in the session; its JIT compiler spends minutes on expressions of this size.";

    public override string CreateTableAs(string table, string query) => $"DROP TABLE IF EXISTS {table};\nCREATE TABLE {table} AS\n{query}";
}
