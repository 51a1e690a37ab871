using System.Text;

namespace LeadScore.Warehouse.Dialects;

/// <summary>
/// SQL written once for every dialect. A template is SQL in the part every engine reads alike, with
/// <list type="bullet">
/// <item><c>@macro(arguments)</c> where the engines differ, rendered by the dialect's member of the same meaning:
/// <c>@temp_table(name)</c> (the head of <c>… AS query</c>), <c>@text(x)</c>, <c>@double(x)</c>, <c>@days_between(a, b)</c>,
/// <c>@months_between(a, b)</c> and <c>@years_between(a, b)</c> (boundaries crossed, spec §1.8), <c>@date_text(d)</c>,
/// <c>@one_decimal(x)</c>, <c>@bytewise(text)</c>, <c>@digits_to_bigint(text)</c>, <c>@date_sub(date, n, day|month|year)</c>
/// (months and years clamp to the month's end), <c>@count_distinct_if(value, condition)</c>, and with string literals as their last
/// arguments <c>@contains(x, 'text')</c>, <c>@regex_matches(x, 'regex')</c>, <c>@regex_replace_all(x, 'regex', 'replacement')</c>;</item>
/// <item><c>{name}</c> placeholders, filled with SQL the caller built (also inside a macro's arguments).</item>
/// </list>
/// Comments (<c>-- …</c>) and string literals are left as they are.
/// </summary>
internal static class SqlTemplate
{
    private static readonly Dictionary<string, (int Arity, Func<SqlDialect, string[], string> Render)> Macros = new(StringComparer.Ordinal)
    {
        ["temp_table"] = (1, (d, a) => d.CreateTempTable(a[0])),
        ["text"] = (1, (d, a) => d.AsText(a[0])),
        ["double"] = (1, (d, a) => d.AsDouble(a[0])),
        ["days_between"] = (2, (d, a) => d.DaysElapsed(a[0], a[1])),
        ["months_between"] = (2, (d, a) => d.MonthBoundaries(a[0], a[1])),
        ["years_between"] = (2, (d, a) => d.YearBoundaries(a[0], a[1])),
        ["date_text"] = (1, (d, a) => d.IsoDate(a[0])),
        ["one_decimal"] = (1, (d, a) => d.OneDecimal(a[0])),
        ["bytewise"] = (1, (d, a) => d.Bytewise(a[0])),
        ["digits_to_bigint"] = (1, (d, a) => d.DigitsAsBigint(a[0])),
        ["contains"] = (2, (d, a) => d.Contains(a[0], Literal(a[1]))),
        ["regex_matches"] = (2, (d, a) => d.RegexMatches(a[0], Literal(a[1]))),
        ["regex_replace_all"] = (3, (d, a) => d.RegexReplaceAll(a[0], Literal(a[1]), Literal(a[2]))),
        ["date_sub"] = (3, (d, a) => d.DateSub(a[0], Count(a[1]), Unit(a[2]))),
        ["count_distinct_if"] = (2, (d, a) => d.CountDistinctIf(a[0], a[1])),
    };

    /// <summary>The template in <paramref name="dialect"/>, its placeholders filled from <paramref name="values"/> (each must have one).</summary>
    public static string Render(string template, SqlDialect dialect, IReadOnlyDictionary<string, string>? values = null) =>
        Render(template, dialect, values ?? new Dictionary<string, string>(), 0, template.Length);

    // One pass over the template's own text: what a macro renders and what a placeholder holds is never read again.
    private static string Render(string sql, SqlDialect dialect, IReadOnlyDictionary<string, string> values, int from, int to)
    {
        var result = new StringBuilder(to - from);
        int i = from;
        while (i < to)
        {
            int skipped = SkipLiteralOrComment(sql, i);
            if (skipped > i)
            {
                result.Append(sql, i, skipped - i);
                i = skipped;
            }
            else if (sql[i] == '{' && sql.IndexOf('}', i) is var close and > 0 && close < to && IsName(sql, i + 1, close))
            {
                string name = sql[(i + 1)..close];
                result.Append(values.TryGetValue(name, out var value) ? value : throw new InvalidOperationException($"SQL template: no value for {{{name}}}"));
                i = close + 1;
            }
            else if (sql[i] == '@' && MacroAt(sql, i) is { } macroName)
            {
                var (arguments, end) = Arguments(sql, i + 1 + macroName.Length);
                if (!Macros.TryGetValue(macroName, out var macro)) throw new InvalidOperationException($"SQL template: unknown macro @{macroName}");
                if (arguments.Count != macro.Arity)
                    throw new InvalidOperationException($"SQL template: @{macroName} takes {macro.Arity} argument(s), not {arguments.Count}");
                result.Append(macro.Render(dialect, arguments.Select(a => Render(sql, dialect, values, a.Start, a.End).Trim()).ToArray()));
                i = end + 1;
            }
            else result.Append(sql[i++]);
        }
        return result.ToString();
    }

    // The end of a string literal or comment starting at i, or i when none starts there.
    private static int SkipLiteralOrComment(string sql, int i)
    {
        if (sql[i] == '-' && i + 1 < sql.Length && sql[i + 1] == '-')
        {
            int end = sql.IndexOf('\n', i);
            return end < 0 ? sql.Length : end;
        }
        if (sql[i] != '\'') return i;
        int j = i + 1;
        while (j < sql.Length)
        {
            if (sql[j] == '\'' && j + 1 < sql.Length && sql[j + 1] == '\'') j += 2;
            else if (sql[j] == '\'') return j + 1;
            else j++;
        }
        throw new InvalidOperationException("SQL template: a string literal is not closed");
    }

    private static string? MacroAt(string sql, int at)
    {
        int end = at + 1;
        while (end < sql.Length && (char.IsAsciiLetterLower(sql[end]) || sql[end] == '_')) end++;
        return end > at + 1 && end < sql.Length && sql[end] == '(' ? sql[(at + 1)..end] : null;
    }

    // The arguments of the call whose '(' is at open, as ranges split at its top-level commas, and the index of its ')'.
    private static (List<(int Start, int End)> Arguments, int Close) Arguments(string sql, int open)
    {
        var arguments = new List<(int, int)>();
        int depth = 0, start = open + 1, i = open + 1;
        while (i < sql.Length)
        {
            int skipped = SkipLiteralOrComment(sql, i);
            if (skipped > i) { i = skipped; continue; }
            char c = sql[i];
            if (c == '(') depth++;
            else if (c == ')' && depth-- == 0)
            {
                arguments.Add((start, i));
                return (arguments, i);
            }
            else if (c == ',' && depth == 0)
            {
                arguments.Add((start, i));
                start = i + 1;
            }
            i++;
        }
        throw new InvalidOperationException($"SQL template: the call at {sql[(open - 1)..Math.Min(sql.Length, open + 40)]}… is not closed");
    }

    private static bool IsName(string sql, int start, int end) =>
        end > start && sql.AsSpan(start, end - start).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789_") < 0;

    private static DateUnit Unit(string text) => text switch
    {
        "day" => DateUnit.Day,
        "month" => DateUnit.Month,
        "year" => DateUnit.Year,
        _ => throw new InvalidOperationException($"SQL template: '{text}' is not a date part: write day, month or year"),
    };

    private static int Count(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            ? count : throw new InvalidOperationException($"SQL template: '{text}' is not a whole number of units");

    // A macro's string-literal argument as the text it stands for.
    private static string Literal(string argument)
    {
        var text = argument.Trim();
        if (text.Length < 2 || text[0] != '\'' || text[^1] != '\'' || SkipLiteralOrComment(text, 0) != text.Length)
            throw new InvalidOperationException($"SQL template: expected a string literal, not {argument}");
        return text[1..^1].Replace("''", "'", StringComparison.Ordinal);
    }
}
