using System.Text;
using System.Text.RegularExpressions;
using LeadScore.Dashboard;
using LeadScore.Reports;
using LeadScore.Tests.Reports;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Dashboard;

/// <summary>
/// A registry to render dashboard pages from, built from the repository alone (<see cref="SomeReadiness"/>): v1 the
/// champion, v2 a challenger with a recorded backtest, and the readiness report of v2 recorded twice, as HTML and as
/// Markdown. Pages are rendered at a fixed time.
/// </summary>
public static partial class SomeDashboard
{
    public static readonly DateTimeOffset Now = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    public sealed record Built(SomeReadiness.Built Readiness, string HtmlReport, string HtmlSha256, string MarkdownReport, string MarkdownSha256)
    {
        public DashboardSources Sources => new(null, Readiness.Path);
    }

    public static Built WithReports(TempFolder folder)
    {
        var built = SomeReadiness.Registry(folder);
        var report = ReadinessReport.Build(ReadinessEvidence.Collect(built.Registry, new ReadinessRequest("v2")), ReadinessRules.Builtin(), SomeReadiness.Generated);
        var html = folder.File("readiness.html");
        File.WriteAllText(html, report.ToHtml());
        var markdown = folder.File("readiness.md");
        File.WriteAllText(markdown, report.ToMarkdown());
        var a = built.Registry.RecordEvidence("v2", "readiness", html, "v1", "readiness: deploy-in-shadow (html)", "bo", new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var b = built.Registry.RecordEvidence("v2", "readiness", markdown, "v1", "readiness: deploy-in-shadow (markdown)", "bo", new DateTimeOffset(2026, 1, 5, 9, 5, 0, TimeSpan.Zero));
        return new Built(built, html, a.EvidenceSha256!, markdown, b.EvidenceSha256!);
    }

    /// <summary>The page at <paramref name="path"/> as text (it must exist).</summary>
    public static string Render(string path, DashboardSources sources) =>
        Encoding.UTF8.GetString((DashboardSite.Render(path, sources, Now) ?? throw new InvalidOperationException($"no page {path}")).Body);

    /// <summary>The markup of the table with this id.</summary>
    public static string Table(string html, string id)
    {
        int start = html.IndexOf($"<table id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {id} in the page");
        return html[start..(html.IndexOf("</table>", start, StringComparison.Ordinal) + "</table>".Length)];
    }

    /// <summary>The body rows of a table, each as its cells' text; asserts the table is well-formed (every row closed, every row as wide as the header).</summary>
    public static IReadOnlyList<string[]> Rows(string html, string id)
    {
        var table = Table(html, id);
        Assert.Equal(Count(table, "<tr"), Count(table, "</tr>"));
        Assert.Equal(Count(table, "<td"), Count(table, "</td>"));
        int headers = Count(table, "<th ");
        var body = table[table.IndexOf("<tbody>", StringComparison.Ordinal)..];
        var rows = RowPattern().Matches(body).Select(m => CellPattern().Matches(m.Value).Select(c => System.Net.WebUtility.HtmlDecode(Tags().Replace(c.Groups[1].Value, ""))).ToArray()).ToArray();
        Assert.All(rows, r => Assert.Equal(headers, r.Length));
        return rows;
    }

    public static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    [GeneratedRegex(@"<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();
}
