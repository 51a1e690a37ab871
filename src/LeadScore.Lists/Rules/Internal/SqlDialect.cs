using System.Globalization;
using System.Text;

namespace LeadScore.Lists.Rules.Internal;

/// <summary>
/// The SQL a rule set compiles to that differs between engines: string literals, pattern matching and numbers.
/// Only DuckDB for now; PostgreSQL and BigQuery are further subclasses (REGEXP_LIKE / REGEXP_CONTAINS, STRPOS).
/// </summary>
internal abstract class SqlDialect
{
    public static SqlDialect DuckDb { get; } = new DuckDbDialect();

    /// <summary>A string literal, quotes doubled.</summary>
    public virtual string Text(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>A number as a DOUBLE (not a DECIMAL whose scale differs from row to row).</summary>
    public abstract string Double(double value);

    /// <summary>True when <paramref name="expression"/> (already upper-cased) matches the RE2 <paramref name="regex"/> anywhere.</summary>
    public abstract string RegexMatches(string expression, string regex);

    /// <summary>True when <paramref name="expression"/> holds <paramref name="text"/> anywhere.</summary>
    public abstract string Contains(string expression, string text);

    /// <summary>True when <paramref name="expression"/> matches a LIKE pattern with '\' as the escape.</summary>
    public virtual string Like(string expression, string pattern) => $"{expression} LIKE {Text(pattern)} ESCAPE '\\'";

    public virtual string Upper(string expression) => $"upper({expression})";

    /// <summary>The pattern as a whole-word RE2 regex: letters and digits around it are not allowed, '*' is any characters.</summary>
    public static string WordRegex(string pattern)
    {
        var regex = new StringBuilder("(^|[^A-Z0-9])");
        foreach (var c in pattern.ToUpperInvariant())
            regex.Append(c == '*' ? ".*" : char.IsAsciiLetterOrDigit(c) || c == ' ' || c > 127 ? c.ToString() : "\\" + c);
        return regex.Append("($|[^A-Z0-9])").ToString();
    }

    private sealed class DuckDbDialect : SqlDialect
    {
        public override string Double(double value) => $"CAST({value.ToString("R", CultureInfo.InvariantCulture)} AS DOUBLE)";

        public override string RegexMatches(string expression, string regex) => $"regexp_matches({expression}, {Text(regex)})";

        public override string Contains(string expression, string text) => $"contains({expression}, {Text(text)})";
    }
}
