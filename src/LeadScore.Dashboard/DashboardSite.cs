using System.Text;
using LeadScore.Dashboard.Html;
using LeadScore.Dashboard.Pages;

namespace LeadScore.Dashboard;

/// <summary>One document of the site: its path, its media type and its bytes.</summary>
/// <see cref="Complete"/> is false when a section could not read its source (then it is rendered again next time).
public sealed record SiteDocument(string Path, string ContentType, byte[] Body, bool Complete = true)
{
    public const string HtmlType = "text/html; charset=utf-8";

    public static SiteDocument Html(string path, string html, bool complete = true) => new(path, HtmlType, Encoding.UTF8.GetBytes(html), complete);
}

/// <summary>
/// The dashboard as a set of documents, the same whether served (<see cref="Server.DashboardServer"/>) or written to
/// disk (<see cref="StaticSite"/>): the six pages, and each readiness report the registry keeps, rendered.
/// </summary>
public static class DashboardSite
{
    public const string Index = "index.html";

    public static readonly IReadOnlyList<DashboardPage> Pages =
        [new OverviewPage(), new ModelsPage(), new RunsPage(), new LeadListPage(), new MonitoringPage(), new ReportsPage()];

    /// <summary>The document at <paramref name="path"/> (relative, e.g. <c>models.html</c>), or null when the site has none there.</summary>
    public static SiteDocument? Render(string path, DashboardSources sources, DateTimeOffset now)
    {
        using var data = new DashboardData(sources, now);
        if (Pages.FirstOrDefault(p => p.Path == path) is { } page)
        {
            var writer = new PageWriter();
            page.Render(writer, data);
            return SiteDocument.Html(path, Layout.Page(path, page.Title, page.Lead, writer.ToString(), sources, now), writer.Problems == 0);
        }
        return path.StartsWith(ReportsPage.Folder + "/", StringComparison.Ordinal) ? ReportsPage.Document(path, data) : null;
    }

    /// <summary>Every document of the site: the pages, then each report the registry keeps.</summary>
    public static IReadOnlyList<string> Paths(DashboardSources sources, DateTimeOffset now)
    {
        using var data = new DashboardData(sources, now);
        return [.. Pages.Select(p => p.Path), .. ReportsPage.DocumentPaths(data)];
    }
}
