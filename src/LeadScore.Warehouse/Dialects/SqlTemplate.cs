using System.Globalization;
using System.Text;

namespace LeadScore.Warehouse.Dialects;

/// <summary>
/// Writes a SQL script template for one dialect. A macro is <c>{{name(argument, ...)}}</c>: its arguments are SQL
/// text, split at the commas outside parentheses, quotes and comments, and may hold macros of their own. Everything
/// else, comments and string literals included, is copied as it is. Each macro is one member of
/// <see cref="SqlDialect"/>, so that every difference between engines is written there:
/// <list type="bullet">
/// <item><c>temp_table(name)</c>, the head of a statement creating a temp table: <see cref="SqlDialect.CreateTempTableAs"/></item>
/// <item><c>date_diff(day|month|year, start, end)</c>: <see cref="SqlDialect.DateDiff"/></item>
/// <item><c>date_sub(date, count, day|month|year)</c>: <see cref="SqlDialect.DateSub"/></item>
/// <item><c>count_distinct_if(value, condition)</c>: <see cref="SqlDialect.CountDistinctIf"/></item>
/// <item><c>double(expression)</c>: <see cref="SqlDialect.AsDouble"/></item>
/// </list>
/// </summary>
internal static class SqlTemplate
{
    private sealed record Macro(int Arity, Func<SqlDialect, string[], string> Write);

    private static readonly Dictionary<string, Macro> Macros = new(StringComparer.Ordinal)
    {
        ["temp_table"] = new(1, (dialect, a) => dialect.CreateTempTableAs(a[0])),
        ["date_diff"] = new(3, (dialect, a) => dialect.DateDiff(Unit(a[0]), a[1], a[2])),
        ["date_sub"] = new(3, (dialect, a) => dialect.DateSub(a[0], Count(a[1]), Unit(a[2]))),
        ["count_distinct_if"] = new(2, (dialect, a) => dialect.CountDistinctIf(a[0], a[1])),
        ["double"] = new(1, (dialect, a) => dialect.AsDouble(a[0])),
    };

    /// <summary>The template with every macro written by <paramref name="dialect"/>.</summary>
    /// <exception cref="InvalidOperationException">A macro is unknown, has the wrong arguments or is not closed.</exception>
    public static string Render(string template, SqlDialect dialect)
    {
        var output = new StringBuilder(template.Length);
        var i = 0;
        while (i < template.Length)
        {
            if (template.AsSpan(i).StartsWith("{{"))
            {
                i = Expand(template, i, dialect, output);
                continue;
            }
            var next = SkipQuoted(template, i);
            output.Append(template, i, next - i);
            i = next;
        }
        return output.ToString();
    }

    // Writes the macro starting at `start` ("{{") and returns the index just after its "}}".
    private static int Expand(string template, int start, SqlDialect dialect, StringBuilder output)
    {
        var open = start + 2;
        while (open < template.Length && (char.IsAsciiLetterLower(template[open]) || template[open] == '_')) open++;
        var name = template[(start + 2)..open];
        if (open >= template.Length || template[open] != '(' || !Macros.TryGetValue(name, out var macro))
            throw Broken(template, start, $"'{template[start..Math.Min(template.Length, open + 1)]}' does not start a known macro ({string.Join(", ", Macros.Keys)})");

        var arguments = new List<string>();
        var depth = 0;
        var argumentStart = open + 1;
        var i = open + 1;
        while (true)
        {
            if (i >= template.Length) throw Broken(template, start, $"macro '{name}' is not closed");
            var c = template[i];
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (c is ',' or ')' && depth == 0)
            {
                arguments.Add(Render(template[argumentStart..i].Trim(), dialect));
                argumentStart = i + 1;
                if (c == ')') break;
            }
            i = SkipQuoted(template, i);
        }
        if (!template.AsSpan(i + 1).StartsWith("}}")) throw Broken(template, start, $"macro '{name}' must end with ')}}}}'");
        if (arguments.Count != macro.Arity || arguments.Any(a => a.Length == 0))
            throw Broken(template, start, $"macro '{name}' takes {macro.Arity} argument(s), not '{template[(open + 1)..i]}'");
        try
        {
            output.Append(macro.Write(dialect, arguments.ToArray()));
        }
        catch (FormatException e)
        {
            throw Broken(template, start, $"macro '{name}': {e.Message}");
        }
        return i + 3;
    }

    // The index after the character at i, or after the whole string literal or line comment starting there.
    private static int SkipQuoted(string text, int i)
    {
        if (text[i] == '\'')
        {
            // A doubled quote inside a literal reads as one literal ending and the next starting: the same span.
            var end = text.IndexOf('\'', i + 1);
            return end < 0 ? text.Length : end + 1;
        }
        if (text.AsSpan(i).StartsWith("--"))
        {
            var end = text.IndexOf('\n', i);
            return end < 0 ? text.Length : end;
        }
        return i + 1;
    }

    private static DateUnit Unit(string text) => text switch
    {
        "day" => DateUnit.Day,
        "month" => DateUnit.Month,
        "year" => DateUnit.Year,
        _ => throw new FormatException($"'{text}' is not a date part: write day, month or year"),
    };

    private static int Count(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : throw new FormatException($"'{text}' is not a whole number of units");

    private static InvalidOperationException Broken(string template, int at, string what) =>
        new($"SQL template, line {template.AsSpan(0, at).Count('\n') + 1}: {what}");
}
