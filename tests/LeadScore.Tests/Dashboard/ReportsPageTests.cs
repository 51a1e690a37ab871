using System.Text;
using LeadScore.Dashboard;
using LeadScore.Dashboard.Pages;
using LeadScore.Tests.Support;
using static LeadScore.Tests.Dashboard.SomeDashboard;

namespace LeadScore.Tests.Dashboard;

public class ReportsPageTests
{
    [Fact]
    public void Every_readiness_report_is_listed_with_its_link_and_every_backtest_in_its_own_table()
    {
        using var folder = new TempFolder();
        var built = WithReports(folder);
        var html = Render("reports.html", built.Sources);

        var reports = Rows(html, "readiness-reports");
        Assert.Equal(2, reports.Count);
        Assert.Equal(["readiness: deploy-in-shadow (markdown)", "readiness: deploy-in-shadow (html)"], reports.Select(r => r[5]));
        Assert.Equal(["Markdown", "HTML"], reports.Select(r => r[6]));
        Assert.All(reports, r => Assert.Equal(("v2", "v1"), (r[2], r[3])));
        foreach (var sha in new[] { built.HtmlSha256, built.MarkdownSha256 })
            Assert.Contains($"<a href=\"reports/{sha}.html\">{sha[..12]}…</a>", html);
        var backtests = Rows(html, "backtests");
        var b = built.Readiness.Backtest;
        Assert.Equal($"{built.Readiness.EvidenceSha256[..12]}…", backtests.Single()[8]);
        Assert.Equal(b.Comparison.Verdict == LeadScore.Backtest.BacktestVerdict.ChallengerBetter ? "challenger better" : "not enough evidence", backtests.Single()[6]);
        Assert.Equal([DocumentPath(built.MarkdownSha256), DocumentPath(built.HtmlSha256)], DashboardSite.Paths(built.Sources, Now).Where(p => p.StartsWith("reports/", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_html_report_is_served_byte_for_byte_and_a_markdown_one_rendered_in_the_frame()
    {
        using var folder = new TempFolder();
        var built = WithReports(folder);
        var served = DashboardSite.Render(DocumentPath(built.HtmlSha256), built.Sources, Now)!;
        Assert.Equal(File.ReadAllBytes(built.HtmlReport), served.Body);
        Assert.Equal(SiteDocument.HtmlType, served.ContentType);

        var markdown = Render(DocumentPath(built.MarkdownSha256), built.Sources);
        Assert.Contains("<a href=\"../models.html\">Models</a>", markdown);
        Assert.Contains("Executive summary</h2>", markdown);
        Assert.Contains(built.MarkdownSha256, markdown);
        Assert.True(Count(markdown, "<table") >= 3);
        Assert.Equal(Count(markdown, "<tr"), Count(markdown, "</tr>"));
    }

    [Fact]
    public void Only_a_sha_that_a_readiness_event_names_is_served()
    {
        using var folder = new TempFolder();
        var built = WithReports(folder);
        var sha = built.HtmlSha256;
        File.WriteAllText(folder.File("x"), "secret");
        string[] refused =
        [
            $"reports/{new string('a', 64)}.html", $"reports/{sha.ToUpperInvariant()}.html", "reports/../x", $"reports/../reports/{sha}.html",
            $"reports/{sha}", $"reports/{sha}.htm", $"reports/{sha}.html\n", $"reports/{sha}.html/", $"reports//{sha}.html", $"reports/{sha[..63]}.html",
            $"reports/{built.Readiness.EvidenceSha256}.html", "reports/", "reports/index.html",
        ];
        foreach (var path in refused) Assert.Null(DashboardSite.Render(path, built.Sources, Now));
        Assert.NotNull(DashboardSite.Render($"reports/{sha}.html", built.Sources, Now));
        Assert.Null(DashboardSite.Render($"reports/{sha}.html", new DashboardSources(null, null), Now));
    }

    [Fact]
    public void Raw_html_in_a_markdown_report_is_shown_as_text_and_a_changed_report_is_not_served()
    {
        using var folder = new TempFolder();
        var built = WithReports(folder);
        var hostile = folder.File("hostile.md");
        File.WriteAllText(hostile, "# Report\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        var e = built.Readiness.Registry.RecordEvidence("v2", "readiness", hostile, "v1", "hostile", "eve");
        var rendered = Render(DocumentPath(e.EvidenceSha256!), built.Sources);
        Assert.DoesNotContain("<script>alert", rendered);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", rendered);

        File.AppendAllText(built.Readiness.Registry.EvidencePath(built.HtmlSha256), "<!-- changed -->");
        var changed = DashboardSite.Render(DocumentPath(built.HtmlSha256), built.Sources, Now)!;
        Assert.False(changed.Complete);
        var text = Encoding.UTF8.GetString(changed.Body);
        Assert.Contains("no longer matches its SHA-256", text);
        Assert.DoesNotContain("<!-- changed -->", text);
        Assert.Contains("no longer matches its SHA-256", Rows(Render("reports.html", built.Sources), "readiness-reports").Single(r => r[5].EndsWith("(html)", StringComparison.Ordinal))[6]);
    }

    [Fact]
    public void Without_a_registry_the_page_says_what_is_missing_and_lists_no_report()
    {
        using var folder = new TempFolder();
        var sources = new DashboardSources(null, folder.File("none"));
        var html = Render("reports.html", sources);
        Assert.Equal(2, Count(html, "class=\"notice problem\""));
        Assert.Contains(folder.File("none"), html);
        Assert.Equal(DashboardSite.Pages.Select(p => p.Path), DashboardSite.Paths(sources, Now));
    }

    private static string DocumentPath(string sha) => ReportsPage.DocumentPath(sha);
}
