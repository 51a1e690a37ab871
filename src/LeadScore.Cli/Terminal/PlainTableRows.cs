using Spectre.Console;

namespace LeadScore.Cli.Terminal;

/// <summary>Table helpers for cells and headers that are plain text (figures like "[0.58, 0.66]" are not markup).</summary>
public static class PlainTableRows
{
    public static Table AddPlainRow(this Table table, params IEnumerable<string> cells) =>
        table.AddRow(cells.Select(Markup.Escape).ToArray());

    public static Table AddPlainColumns(this Table table, params IEnumerable<string> headers) =>
        table.AddColumns(headers.Select(Markup.Escape).ToArray());
}
