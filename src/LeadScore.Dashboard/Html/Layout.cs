using System.Reflection;
using System.Text;
using static LeadScore.Dashboard.Html.PageWriter;

namespace LeadScore.Dashboard.Html;

/// <summary>
/// The frame of every page: the navigation between the pages (relative links, so the same pages work served and
/// from disk), the sources shown, the inline style and script. No page names a URL outside itself.
/// </summary>
public static class Layout
{
    public static readonly string Style = Resource("dashboard.site.css");
    public static readonly string Script = Resource("dashboard.site.js");

    /// <summary>A whole page around <paramref name="body"/>; links are relative to <paramref name="path"/>, the page's
    /// path in the site (e.g. <c>models.html</c>, <c>reports/abc.html</c>).</summary>
    public static string Page(string path, string title, string lead, string body, DashboardSources sources, DateTimeOffset rendered)
    {
        string up = string.Concat(Enumerable.Repeat("../", path.Count(c => c == '/')));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        html.Append($"<title>{Escape(title)} · leadscore</title>\n<style>\n{Style}</style>\n</head>\n<body>\n<header class=\"top\"><span class=\"brand\">leadscore</span>\n<nav>");
        foreach (var page in DashboardSite.Pages)
        {
            bool current = page.Path == path;
            html.Append($"<a href=\"{up}{page.Path}\"{(current ? " aria-current=\"page\"" : "")}>{Escape(page.Title)}</a>");
        }
        html.Append($"</nav>\n<span class=\"sources\">warehouse {Escape(sources.Database ?? "(none)")} · registry {Escape(sources.Registry ?? "(none)")}</span></header>\n");
        html.Append($"<main>\n<h1>{Escape(title)}</h1>\n<p class=\"lead\">{Escape(lead)}</p>\n{body}</main>\n");
        html.Append($"<footer>Read-only view, rendered {rendered:yyyy-MM-dd HH:mm:ss} UTC by leadscore. Every figure is read from the warehouse and the registry named above.</footer>\n");
        html.Append($"<script>\n{Script}</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing resource {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
