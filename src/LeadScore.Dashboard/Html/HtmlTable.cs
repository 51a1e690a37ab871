using System.Globalization;
using System.Text;
using static LeadScore.Dashboard.Html.PageWriter;

namespace LeadScore.Dashboard.Html;

/// <summary>One cell: the text shown, the value it sorts by (numbers sort as numbers), an optional CSS class, and an optional link (relative, within the site).</summary>
public sealed record Cell(string Text, string? Sort = null, string? Class = null, string? Href = null)
{
    public static implicit operator Cell(string text) => new(text);

    public static Cell Number(double value, string format) =>
        new(value.ToString(format, CultureInfo.InvariantCulture), value.ToString("R", CultureInfo.InvariantCulture), "num");

    public static Cell Number(long value) => new(value.ToString("N0", CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture), "num");

    public static Cell Percent(double rate, int decimals = 2) =>
        new((100 * rate).ToString("F" + decimals, CultureInfo.InvariantCulture) + "%", rate.ToString("R", CultureInfo.InvariantCulture), "num");
}

/// <summary>
/// A table of a dashboard page. <see cref="Sortable"/> makes each header sort the rows; <see cref="Filter"/> adds a
/// text box that keeps the rows containing its text; <see cref="Choices"/> adds one drop-down per named column;
/// <see cref="CsvFile"/> adds a button that downloads the rows shown as CSV. All of it is the page's own inline script:
/// it works opened from disk and with the network unplugged.
/// </summary>
public sealed class HtmlTable(string id, IReadOnlyList<string> headers)
{
    private readonly List<(IReadOnlyList<Cell> Cells, string? Class)> rows = [];

    public string Id { get; } = id;

    public IReadOnlyList<string> Headers { get; } = headers;

    public bool Sortable { get; init; } = true;

    public bool Filter { get; init; }

    /// <summary>Columns (by header) offered as drop-down filters, e.g. the rep and the tier.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>When set, a button downloads the rows shown (after filtering) as CSV under this file name.</summary>
    public string? CsvFile { get; init; }

    public string? Caption { get; init; }

    public int Count => rows.Count;

    public HtmlTable Row(params Cell[] cells) => RowWithClass(null, cells);

    public HtmlTable RowWithClass(string? cssClass, params Cell[] cells)
    {
        if (cells.Length != Headers.Count) throw new ArgumentException($"table {Id}: a row of {cells.Length} cells under {Headers.Count} headers");
        rows.Add((cells, cssClass));
        return this;
    }

    public string Render()
    {
        var html = new StringBuilder();
        if (Filter || Choices.Count > 0 || CsvFile is not null)
        {
            html.Append($"<div class=\"table-tools\" data-for=\"{Escape(Id)}\">");
            if (Filter) html.Append($"<label>Filter <input type=\"search\" class=\"table-filter\" data-for=\"{Escape(Id)}\" placeholder=\"any text\" /></label> ");
            foreach (var column in Choices)
            {
                int index = Headers.ToList().IndexOf(column);
                if (index < 0) throw new ArgumentException($"table {Id}: no column {column} to filter on");
                var values = rows.Select(r => r.Cells[index].Text).Distinct().Order(StringComparer.Ordinal);
                html.Append($"<label>{Escape(column)} <select class=\"table-choice\" data-for=\"{Escape(Id)}\" data-column=\"{index}\"><option value=\"\">all</option>");
                foreach (var v in values) html.Append($"<option>{Escape(v)}</option>");
                html.Append("</select></label> ");
            }
            if (CsvFile is not null) html.Append($"<button type=\"button\" class=\"table-csv\" data-for=\"{Escape(Id)}\" data-file=\"{Escape(CsvFile)}\">Download CSV of the rows shown</button> ");
            html.Append($"<span class=\"table-count\" data-for=\"{Escape(Id)}\">{rows.Count:N0} rows</span></div>\n");
        }
        html.Append($"<div class=\"table-scroll\"><table id=\"{Escape(Id)}\"{(Sortable ? " class=\"sortable\"" : "")}>\n");
        if (Caption is not null) html.Append($"<caption>{Escape(Caption)}</caption>\n");
        html.Append("<thead><tr>");
        foreach (var h in Headers) html.Append($"<th scope=\"col\">{Escape(h)}</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var (cells, rowClass) in rows)
        {
            html.Append(rowClass is null ? "<tr>" : $"<tr class=\"{Escape(rowClass)}\">");
            foreach (var c in cells)
            {
                html.Append("<td");
                if (c.Class is not null) html.Append($" class=\"{Escape(c.Class)}\"");
                if (c.Sort is not null) html.Append($" data-sort=\"{Escape(c.Sort)}\"");
                html.Append(c.Href is null ? $">{Escape(c.Text)}</td>" : $"><a href=\"{Escape(c.Href)}\">{Escape(c.Text)}</a></td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table></div>\n");
        return html.ToString();
    }
}
