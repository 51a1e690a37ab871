namespace LeadScore.Warehouse.Dialects;

/// <summary>DuckDB: the embedded default.</summary>
internal sealed partial class DuckDbDialect : SqlDialect
{
    public override string Name => "duckdb";

    public override string DoubleType => "DOUBLE";

    public override string? Float32Type => "FLOAT";

    public override string TextType => "VARCHAR";

    protected override string SpecialDouble(double value) =>
        $"CAST('{(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity")}' AS DOUBLE)";

    public override string IsNaN(string expression) => $"isnan({expression})";

    public override string Error(string message, string context) =>
        $"CAST(error({Text(message)} || CAST({context} AS VARCHAR)) AS DOUBLE)";
}
