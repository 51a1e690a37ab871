using System.Text;

namespace LeadScore.Warehouse.Dialects;

/// <summary>Pattern matching on text, as the list's rules compile it: regular expressions, substrings, LIKE, upper case.</summary>
public abstract partial class SqlDialect
{
    /// <summary>
    /// True when <paramref name="expression"/> matches <paramref name="regex"/> anywhere (NULL on a NULL expression). The
    /// regex is written in the part of RE2 that PostgreSQL's AREs read alike: no '.', whose newline differs (see <see cref="WordRegex"/>).
    /// </summary>
    public abstract string RegexMatches(string expression, string regex);

    /// <summary>True when <paramref name="expression"/> holds <paramref name="text"/> anywhere, case-sensitive (NULL on a NULL expression).</summary>
    public virtual string Contains(string expression, string text) => $"(strpos({expression}, {Text(text)}) > 0)";

    /// <summary>True when <paramref name="expression"/> matches a LIKE pattern with '\' as the escape.</summary>
    public virtual string Like(string expression, string pattern) => $"{expression} LIKE {Text(pattern)} ESCAPE '\\'";

    /// <summary>
    /// <paramref name="expression"/> in upper case. ASCII letters agree everywhere; other letters follow the engine
    /// (DuckDB's Unicode tables; PostgreSQL's database locale, ASCII only under the C locale).
    /// </summary>
    public virtual string Upper(string expression) => $"upper({expression})";

    /// <summary>
    /// The pattern as a whole-word regex for <see cref="RegexMatches"/>: letters and digits around it are not allowed, '*'
    /// is any characters but a newline (written [^\n]*: RE2's '.' skips newlines, PostgreSQL's does not).
    /// </summary>
    public static string WordRegex(string pattern)
    {
        var regex = new StringBuilder("(^|[^A-Z0-9])");
        foreach (var c in pattern.ToUpperInvariant())
            regex.Append(c == '*' ? "[^\\n]*" : char.IsAsciiLetterOrDigit(c) || c == ' ' || c > 127 ? c.ToString() : "\\" + c);
        return regex.Append("($|[^A-Z0-9])").ToString();
    }
}
