using System.Text;

namespace LeadScore.Reports.Internal;

/// <summary>
/// Text put into the report's Markdown: free text (reasons, notes, sentences from the evidence) escaped so that it
/// reads as written, code spans for names, hashes and commands, and pipe tables.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Free text with Markdown's special characters escaped (an underscore only where it could open or close emphasis).</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char before = i > 0 ? text[i - 1] : ' ', after = i + 1 < text.Length ? text[i + 1] : ' ';
            bool escape = c switch
            {
                '\\' or '`' or '*' or '[' or ']' or '|' => true,
                '_' => !char.IsLetterOrDigit(before) || !char.IsLetterOrDigit(after),
                '<' => char.IsLetter(after) || after is '/' or '!' or '?',
                '#' => i == 0,
                _ => false,
            };
            if (escape) sb.Append('\\');
            sb.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return sb.ToString();
    }

    /// <summary>A code span (file names, hashes, commands, rule names).</summary>
    public static string Code(string text) => text.Contains('`') ? $"`` {text} ``" : $"`{text}`";

    /// <summary>A pipe table; <paramref name="right"/> marks the columns aligned right (numbers). Cells are already Markdown; a pipe in them is escaped.</summary>
    public static string Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, params int[] right)
    {
        var sb = new StringBuilder();
        sb.Append("| ").AppendJoin(" | ", headers.Select(Cell)).Append(" |\n");
        sb.Append('|').AppendJoin("|", headers.Select((_, i) => right.Contains(i) ? "---:" : "---")).Append("|\n");
        foreach (var row in rows) sb.Append("| ").AppendJoin(" | ", row.Select(Cell)).Append(" |\n");
        return sb.ToString();
    }

    // A cell is one line; a pipe not already escaped would end it.
    private static string Cell(string cell)
    {
        var sb = new StringBuilder(cell.Length);
        for (int i = 0; i < cell.Length; i++)
        {
            if (cell[i] == '|' && (i == 0 || cell[i - 1] != '\\')) sb.Append('\\');
            sb.Append(cell[i] is '\n' or '\r' ? ' ' : cell[i]);
        }
        return sb.Length == 0 ? " " : sb.ToString();
    }
}
