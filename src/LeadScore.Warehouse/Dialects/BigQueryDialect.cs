using System.Text;

namespace LeadScore.Warehouse.Dialects;

/// <summary>
/// BigQuery GoogleSQL: backticked names (project.dataset.table as one), FLOAT64 only (no float32 arithmetic), a
/// query text of at most 1,024,000 characters, ERROR() to fail a query.
/// </summary>
internal sealed partial class BigQueryDialect : SqlDialect
{
    public override string Name => "bigquery";

    public override string DoubleType => "FLOAT64";

    public override string? Float32Type => null;

    public override string TextType => "STRING";

    /// <summary>BigQuery's documented limit on the length of a GoogleSQL query, 1,024K characters, kept in bytes.</summary>
    public override long MaxQueryBytes => 1_024_000;

    public override string Identifier(string name)
    {
        CheckName(name, "name");
        return "`" + Escape(name) + "`";
    }

    // project.dataset.table is one backticked path in GoogleSQL.
    public override string Table(string name)
    {
        CheckName(name, "table");
        var parts = name.Split('.');
        if (parts.Length > 3 || parts.Any(p => p.Length == 0)) throw WarehouseException.BadTableName(name, Name);
        return "`" + Escape(name) + "`";
    }

    public override string Text(string value) =>
        "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "'";

    protected override string SpecialDouble(double value) =>
        $"CAST('{(double.IsNaN(value) ? "NaN" : value > 0 ? "inf" : "-inf")}' AS FLOAT64)";

    public override string IsNaN(string expression) => $"IS_NAN({expression})";

    public override string Exp(string expression) => $"EXP({expression})";

    public override string Error(string message, string context) =>
        $"CAST(ERROR(CONCAT({Text(message)}, CAST({context} AS STRING))) AS FLOAT64)";

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
            escaped.Append(c switch { '\\' => "\\\\", '`' => "\\`", _ => c.ToString() });
        return escaped.ToString();
    }
}
