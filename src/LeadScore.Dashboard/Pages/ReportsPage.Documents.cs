using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using LeadScore.Dashboard.Html;
using LeadScore.Registry;
using Markdig;
using static LeadScore.Dashboard.Html.PageWriter;
using static LeadScore.Reports.Internal.ReportNumbers;

namespace LeadScore.Dashboard.Pages;

/// <summary>
/// The readiness reports as documents of the site, <c>reports/&lt;sha256&gt;.html</c>. Only a SHA-256 that a
/// readiness evidence event of the registry names is ever served, and the file is found by that event's hash under
/// <c>evidence/</c>; no other part of the address becomes part of a path.
/// </summary>
public sealed partial class ReportsPage
{
    /// <summary>The folder of the rendered reports in the site.</summary>
    public const string Folder = "reports";

    // Raw HTML in a stored Markdown report is shown as text, never passed through.
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().UseTaskLists().DisableHtml().Build();

    /// <summary>The site paths of every readiness report the registry keeps (reports/SHA.html), newest first; none without a readable registry.</summary>
    public static IReadOnlyList<string> DocumentPaths(DashboardData data)
    {
        if (!data.HasRegistry) return [];
        try
        {
            return Recorded(data.State, "readiness").Select(e => DocumentPath(e.EvidenceSha256!)).Distinct(StringComparer.Ordinal).ToArray();
        }
        catch (RegistryException)
        {
            return [];
        }
    }

    /// <summary>
    /// The readiness report at <paramref name="path"/>, or null unless the path is <c>reports/</c>, 64 lowercase hex
    /// digits and <c>.html</c>, and a readiness evidence event of the registry names that SHA-256. An HTML report is
    /// served byte for byte; a Markdown one is rendered inside the dashboard's frame.
    /// </summary>
    public static SiteDocument? Document(string path, DashboardData data)
    {
        if (!data.HasRegistry || DocumentAddress().Match(path) is not { Success: true } match) return null;
        string sha = match.Groups["sha"].Value;
        var e = Recorded(data.State, "readiness").FirstOrDefault(r => r.EvidenceSha256 == sha);
        if (e is null) return null;
        var kept = Kept(data.Registry, sha);
        if (kept.Problem is { } problem)
            return Framed(path, e, data, $"<p class=\"notice problem\" role=\"alert\">Not shown: the report {Escape(problem)}.</p>\n", complete: false);
        if (IsHtml(kept.Text!)) return new SiteDocument(path, SiteDocument.HtmlType, kept.Bytes!);
        return Framed(path, e, data, $"<article class=\"report\">\n{Markdig.Markdown.ToHtml(kept.Text!, Markdown)}</article>\n", complete: true);
    }

    /// <summary>The site path of the report with this SHA-256.</summary>
    public static string DocumentPath(string sha256) => $"{Folder}/{sha256}.html";

    private static SiteDocument Framed(string path, RegistryEvent e, DashboardData data, string body, bool complete)
    {
        string intro = $"<p class=\"note\">Recorded {Escape(Time(e.Time))} by {Escape(e.Actor)} as event #{e.Seq}, SHA-256 <code>{Escape(e.EvidenceSha256)}</code>. " +
                       (complete ? "The stored Markdown, rendered. " : "") + "<a href=\"../reports.html\">All reports</a></p>\n";
        var html = Layout.Page(path, $"Readiness report: {e.Version} against {e.Against}", e.Evidence ?? "", intro + body, data.Sources, data.Now);
        return SiteDocument.Html(path, html, complete);
    }

    /// <summary>A kept evidence file: its bytes and text when it still has its SHA-256, else what is wrong with it.</summary>
    private static (byte[]? Bytes, string? Text, string? Problem) Kept(ModelRegistry registry, string sha)
    {
        var file = registry.EvidencePath(sha);
        if (!File.Exists(file)) return (null, null, $"is missing from {file}");
        var bytes = File.ReadAllBytes(file);
        if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != sha) return (null, null, $"kept as {file} no longer matches its SHA-256");
        return (bytes, Encoding.UTF8.GetString(bytes), null);
    }

    // report readiness --out x.html writes a whole page; --out x.md writes Markdown, which never starts with a doctype.
    private static bool IsHtml(string text) =>
        text.AsSpan().TrimStart().StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || text.AsSpan().TrimStart().StartsWith("<html", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\Areports/(?<sha>[0-9a-f]{64})\.html\z", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentAddress();
}
