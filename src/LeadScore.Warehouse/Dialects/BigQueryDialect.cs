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

    // A single-quoted GoogleSQL string holds no raw newline: every control character is written as a \u escape.
    public override string Text(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
            text.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return text.Append('\'').ToString();
    }

    protected override string SpecialDouble(double value) =>
        $"CAST('{(double.IsNaN(value) ? "NaN" : value > 0 ? "inf" : "-inf")}' AS FLOAT64)";

    public override string IntegerDivide(string dividend, string divisor) => $"DIV({dividend}, {divisor})";

    public override string IsNaN(string expression) => $"IS_NAN({expression})";

    public override string Exp(string expression) => $"EXP({expression})";

    // EXP fails the query when its result overflows (past about 709.78).
    public override string ExpCapped(string expression) => $"EXP(LEAST({expression}, {Double(709)}))";

    // CAST fails the query on text that is no number, naming neither row nor column; SAFE_CAST gives NULL to test.
    public override string? TryDouble(string expression) => $"SAFE_CAST({expression} AS FLOAT64)";

    // A bare ERROR(...) resolves as INT64 and a CASE coerces it to the other branches' FLOAT64; the CAST says so
    // outright. CONCAT with a NULL id would be NULL: the message then says NULL.
    public override string Error(string message, string context) =>
        $"CAST(ERROR(CONCAT({Text(message)}, IFNULL(CAST({context} AS STRING), 'NULL'))) AS FLOAT64)";

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
            escaped.Append(c switch { '\\' => "\\\\", '`' => "\\`", _ => c.ToString() });
        return escaped.ToString();
    }
}
