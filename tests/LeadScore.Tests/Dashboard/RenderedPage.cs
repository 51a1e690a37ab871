using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LeadScore.Dashboard;

namespace LeadScore.Tests.Dashboard;

/// <summary>A page of the dashboard rendered for a test: its HTML, its text, and the cells of its tables by table id.</summary>
public sealed partial class RenderedPage
{
    private RenderedPage(string html) => Html = html;

    public string Html { get; }

    /// <summary>The page's text without markup, charts, style or script, entities decoded, white space folded.</summary>
    public string Text => WebUtility.HtmlDecode(Space().Replace(Tag().Replace(Hidden().Replace(Html, " "), " "), " "));

    public static RenderedPage Of(string path, string? database, string? registry = null)
    {
        var document = DashboardSite.Render(path, new DashboardSources(database, registry), DateTimeOffset.UtcNow);
        Assert.NotNull(document);
        return new RenderedPage(Encoding.UTF8.GetString(document.Body));
    }

    /// <summary>The body rows of the table with this id, each as its cells' text, with the row's CSS class.</summary>
    public IReadOnlyList<(string? Class, string[] Cells)> Rows(string tableId)
    {
        var table = Regex.Match(Html, $"<table id=\"{Regex.Escape(tableId)}\"[^>]*>.*?</table>", RegexOptions.Singleline);
        Assert.True(table.Success, $"no table {tableId} on the page");
        var body = table.Value[table.Value.IndexOf("<tbody>", StringComparison.Ordinal)..];
        return Row().Matches(body).Select(m => (m.Groups[1].Success ? m.Groups[1].Value : null,
            Cell().Matches(m.Groups[2].Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToArray())).ToList();
    }

    /// <summary>The headings of the table with this id.</summary>
    public string[] Headers(string tableId)
    {
        var table = Regex.Match(Html, $"<table id=\"{Regex.Escape(tableId)}\"[^>]*>.*?</thead>", RegexOptions.Singleline);
        Assert.True(table.Success, $"no table {tableId} on the page");
        return Regex.Matches(table.Value, "<th[^>]*>(.*?)</th>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();
    }

    /// <summary>The section headings (h2) in order.</summary>
    public string[] Sections => Regex.Matches(Html, "<h2>(.*?)</h2>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();

    public int Charts => Regex.Matches(Html, "<figure class=\"chart\">\\s*<svg").Count;

    [GeneratedRegex("<style>.*?</style>|<script>.*?</script>|<svg.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex("<tr(?: class=\"([^\"]*)\")?>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
