using LeadScore.Dashboard;
using LeadScore.Tests.Registry;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Dashboard;

/// <summary><c>serve --static DIR</c>: the same pages as files, written whole or not at all, never over anything but an earlier dashboard.</summary>
public class StaticSiteTests
{
    [Fact]
    public void The_static_site_holds_every_page_linked_relatively_and_naming_no_url()
    {
        using var folder = new TempFolder();
        var (registry, _) = SomeVersions.TwoVersions(folder);
        var site = folder.File("site");
        var run = CliRun.Of("serve", "--static", site, "--registry", registry, "--db", folder.File("none.duckdb"));
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains($"wrote the dashboard: {DashboardSite.Pages.Count} pages", run.Out);
        foreach (var page in DashboardSite.Pages)
        {
            var html = File.ReadAllText(Path.Combine(site, page.Path));
            foreach (var other in DashboardSite.Pages) Assert.Contains($"href=\"{other.Path}\"", html);
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
            Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", ""));
        }
        Assert.True(File.Exists(Path.Combine(site, StaticSite.Marker)));

        // Written again: the earlier dashboard is replaced whole.
        File.WriteAllText(Path.Combine(site, "index.html"), "old");
        Assert.Equal(0, CliRun.Of("serve", "--static", site, "--registry", registry, "--db", folder.File("none.duckdb")).ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(site, "index.html")));
    }

    [Fact]
    public void A_folder_that_is_not_a_dashboard_or_an_input_is_refused_and_left_as_it_was()
    {
        using var folder = new TempFolder();
        var (registry, _) = SomeVersions.TwoVersions(folder);
        var other = folder.File("documents");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "plan.txt"), "keep me");
        var run = CliRun.Of("serve", "--static", other, "--registry", registry);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Contains($"--static {other}: holds files that are not a leadscore dashboard", run.Err);
        Assert.Equal(["plan.txt"], Directory.GetFileSystemEntries(other).Select(Path.GetFileName));

        var log = File.ReadAllBytes(Path.Combine(registry, "events.jsonl"));
        foreach (var target in new[] { registry, Path.Combine(registry, "site") })
        {
            var into = CliRun.Of("serve", "--static", target, "--registry", registry);
            Assert.Equal(1, into.ExitCode);
            Assert.Single(into.ErrLines);
            Assert.Contains("--static", into.Err);
            Assert.Contains("--registry", into.Err);
        }
        Assert.Equal(log, File.ReadAllBytes(Path.Combine(registry, "events.jsonl")));
        Assert.False(Directory.Exists(Path.Combine(registry, "site")));
        var file = folder.File("page.html");
        File.WriteAllText(file, "mine");
        Assert.Contains("is a file", CliRun.Of("serve", "--static", file, "--registry", registry).Err);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Theory]
    [InlineData(600)]
    [InlineData(1200)]
    [InlineData(2000)]
    public async Task A_static_write_killed_at_any_moment_leaves_the_earlier_dashboard_or_the_whole_new_one(int delayMs)
    {
        using var folder = new TempFolder();
        var (registry, _) = SomeVersions.TwoVersions(folder);
        var site = folder.File("site");
        Assert.Equal(0, CliRun.Of("serve", "--static", site, "--registry", registry).ExitCode);
        File.WriteAllText(Path.Combine(site, "index.html"), "the earlier dashboard");
        await KilledRun.After(["serve", "--static", site, "--registry", registry], null, delayMs);
        var index = File.ReadAllText(Path.Combine(site, "index.html"));
        if (index == "the earlier dashboard") return;
        Assert.StartsWith("<!DOCTYPE html>", index);
        foreach (var page in DashboardSite.Pages) Assert.True(File.Exists(Path.Combine(site, page.Path)), $"killed after {delayMs} ms: {page.Path} is missing");
        Assert.True(File.Exists(Path.Combine(site, StaticSite.Marker)));
    }
}
