using System.Globalization;
using LeadScore.Dashboard;
using LeadScore.Dashboard.Server;
using LeadScore.Registry;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Lists;
using LeadScore.Warehouse.Scores;
using Microsoft.Playwright;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Dashboard;

/// <summary>
/// The dashboard in a real headless Chromium (Debian's, driven by Playwright), on the demo's synthetic month: every
/// page opens with the figures the CLI computes for the same warehouse and registry, and a screenshot of each is left
/// under the test output (dashboard-screenshots/).
/// </summary>
[Collection(DashboardWorldCollection.Name)]
public class BrowserTests(DashboardWorld world, Chromium chromium)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    // Script errors of every page opened: a test that opened pages fails on any (see NoScriptErrors).
    private readonly List<string> errors = [];

    private void NoScriptErrors() => Assert.True(errors.Count == 0, string.Join("\n", errors));

    private async Task<IPage> Open(string path, string screenshot, List<string>? requests = null)
    {
        var page = await chromium.NewPage(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        if (requests is not null) page.Request += (_, r) => requests.Add(r.Url);
        page.PageError += (_, error) => errors.Add($"{path}: {error}");
        page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{path}: console: {message.Text}"); };
        var response = await page.GotoAsync(new Uri(world.Server.Address, path).ToString());
        Assert.Equal(200, response!.Status);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.Screenshots, screenshot + ".png"), FullPage = true });
        return page;
    }

    private static async Task<string> Figure(IPage page, string label) =>
        (await page.Locator($"[data-figure=\"{label}\"] .value").First.InnerTextAsync()).Trim();

    [SkippableFact]
    public async Task Every_page_opens_whole_and_asks_for_nothing_beyond_the_dashboard()
    {
        Skip.IfNot(Chromium.Installed, Chromium.Missing);
        foreach (var entry in DashboardSite.Pages)
        {
            var requests = new List<string>();
            var page = await Open(entry.Path, Path.GetFileNameWithoutExtension(entry.Path), requests);
            Assert.Equal(entry.Title, await page.Locator("h1").InnerTextAsync());
            var problems = await page.Locator(".notice.problem").AllInnerTextsAsync();
            Assert.True(problems.Count == 0, $"{entry.Path}: {string.Join(" | ", problems)}");
            Assert.Equal(DashboardSite.Pages.Count, await page.Locator("header nav a").CountAsync());
            var ids = await page.Locator("[id]").EvaluateAllAsync<string[]>("elements => elements.map(e => e.id)");
            Assert.True(ids.Length == ids.Distinct().Count(), $"{entry.Path}: element ids used twice: {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
            // One request: the page itself. No script, style, font or image comes from anywhere (no CDN).
            Assert.Equal([new Uri(world.Server.Address, entry.Path).ToString()], requests);
            await page.CloseAsync();
        }
        NoScriptErrors();
    }

    [SkippableFact]
    public async Task The_overview_shows_the_live_model_the_run_and_the_list_as_the_cli_reads_them()
    {
        Skip.IfNot(Chromium.Installed, Chromium.Missing);
        var page = await Open("/", "overview");
        var state = ModelRegistry.Open(world.Registry).State();
        Assert.Equal(state.Champion, await Figure(page, "Live model (champion)"));
        var challengers = state.Versions.Where(v => v.Status == ModelStatus.Challenger).Select(v => v.Version).ToList();
        Assert.NotEmpty(challengers);
        Assert.Equal(string.Join(", ", challengers), await Figure(page, "Challenger (shadow)"));
        var list = CliRun.Of("registry", "list", "--registry", world.Registry);
        Assert.Contains(state.Champion!, list.Out);

        using var warehouse = Store.OpenExisting(world.Database, readOnly: true);
        var run = ScoreStore.Runs(warehouse).Single(r => r.Status == "succeeded");
        Assert.Equal(run.Advisors.ToString("N0", C), await Figure(page, "Advisors scored"));
        var published = ListStore.Runs(warehouse).Single(l => l.Status == "succeeded");
        Assert.Equal(published.Leads.ToString("N0", C), await Figure(page, "Leads"));
        Assert.Equal(published.ListId, await Figure(page, "List"));

        // The rules' verdict is the monitor's, as of the same day.
        var asOf = System.Text.RegularExpressions.Regex.Match(await page.Locator("#section-rules").InnerTextAsync(), @"judged as of (\d{4}-\d{2}-\d{2})").Groups[1].Value;
        var monitor = CliRun.Of("monitor", "--db", world.Database, "--as-of", asOf);
        var verdict = System.Text.RegularExpressions.Regex.Match(monitor.Out, @"(?m)^(.+) \(exit code (\d+)\): ").Groups;
        Assert.Equal(int.Parse(verdict[2].Value, C), monitor.ExitCode);
        Assert.Contains($"by the default rules: {verdict[1].Value}.", await page.Locator("#section-rules").InnerTextAsync());
        if (monitor.ExitCode != 0) Assert.Contains(verdict[1].Value, await page.Locator("#section-attention").InnerTextAsync());
    }

    [SkippableFact]
    public async Task The_models_page_shows_every_registry_event_and_the_recorded_backtest()
    {
        Skip.IfNot(Chromium.Installed, Chromium.Missing);
        var page = await Open("/models.html", "models");
        var state = ModelRegistry.Open(world.Registry).State();
        Assert.Equal(state.Events.Count, await page.Locator("#registry-events tbody tr").CountAsync());
        Assert.Equal(state.Champion, await Figure(page, "Live model (champion)"));
        var history = CliRun.Of("registry", "history", "--registry", world.Registry);
        foreach (var e in state.Events) Assert.Matches($@"│ {e.Seq}\s+│ {e.Time.UtcDateTime:yyyy-MM-dd HH:mm}", history.Out);
        Assert.True(await page.Locator("#backtest-deciles tbody tr").CountAsync() >= 10);
        // The timeline chart is an inline SVG drawn on the server.
        Assert.True(await page.Locator("figure.chart svg").CountAsync() >= 1);
    }

    [SkippableFact]
    public async Task The_reports_page_links_each_readiness_report_and_the_report_opens()
    {
        Skip.IfNot(Chromium.Installed, Chromium.Missing);
        var page = await Open("/reports.html", "reports");
        var readiness = ModelRegistry.Open(world.Registry).State().Events.Where(e => e.Action == "evidence" && e.Kind == "readiness").ToList();
        Assert.NotEmpty(readiness);
        var link = page.Locator($"a[href=\"reports/{readiness[^1].EvidenceSha256}.html\"]");
        Assert.Equal(1, await link.CountAsync());
        var report = $"/reports/{readiness[^1].EvidenceSha256}.html";
        var response = await page.RunAndWaitForResponseAsync(() => link.ClickAsync(), r => r.Url.EndsWith(report, StringComparison.Ordinal));
        Assert.Equal(200, response.Status);
        // Waiting for the report's load event after the click hung once (the log showed the page idle): the title is
        // polled instead, which needs no event.
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("readiness", System.Text.RegularExpressions.RegexOptions.IgnoreCase),
            new() { Timeout = Chromium.Patience });
        Assert.EndsWith(report, page.Url, StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.Screenshots, "report.png"), FullPage = true });
    }

    [SkippableFact]
    public async Task The_runs_page_shows_the_published_run_and_its_checks()
    {
        Skip.IfNot(Chromium.Installed, Chromium.Missing);
        var page = await Open("/runs.html", "runs");
        using var warehouse = Store.OpenExisting(world.Database, readOnly: true);
        var run = ScoreStore.Runs(warehouse).Single(r => r.Status == "succeeded");
        Assert.Equal(run.RunId, await Figure(page, "run"));
        Assert.Equal(run.Advisors.ToString("N0", C), await Figure(page, "advisors scored"));
        using var checks = System.Text.Json.JsonDocument.Parse(run.Checks);
        int passed = checks.RootElement.EnumerateArray().Count(c => c.GetProperty("outcome").GetString() == "pass");
        Assert.Equal($"{passed} passed", await Figure(page, "checks"));
        Assert.True(await page.Locator("figure.chart svg").CountAsync() >= 2);   // the score distributions and the PSI per feature
    }

    [SkippableFact]
    public async Task The_lead_list_filters_by_rep_sorts_and_downloads_what_it_shows()
    {
        Skip.IfNot(Chromium.Installed, Chromium.Missing);
        var page = await Open("/list.html", "list");
        using var warehouse = Store.OpenExisting(world.Database, readOnly: true);
        var published = ListStore.Runs(warehouse).Single(l => l.Status == "succeeded");
        var rows = page.Locator("#leads tbody tr");
        Assert.Equal((int)published.Leads, await rows.CountAsync());
        // The demo's export of the same list (what the CLI wrote for Salesforce) holds the same leads.
        Assert.Equal(published.Leads + 1, File.ReadAllLines(Path.Combine(world.Folder, $"list-{published.ListId}.csv")).Length);
        using var folder = new TempFolder();

        var reps = ListReps(warehouse, published.ListId);
        var (rep, leads) = reps.OrderBy(r => r.Rep, StringComparer.Ordinal).First();
        NoScriptErrors();
        await page.Locator("select.table-choice[data-for=\"leads\"][data-column=\"0\"]").SelectOptionAsync(rep);
        NoScriptErrors();
        Assert.Equal(leads, await page.Locator("#leads tbody tr:not([hidden])").CountAsync());
        Assert.Equal($"{leads:N0} rows", await page.Locator(".table-count[data-for=\"leads\"]").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Chromium.Screenshots, "list-one-rep.png") });

        // Sorted by score, highest first, among the rows shown.
        var score = page.Locator("#leads thead th", new() { HasText = "score" }).First;
        await score.ClickAsync();
        await score.ClickAsync();
        var shown = await page.Locator("#leads tbody tr:not([hidden]) td:nth-child(6)").EvaluateAllAsync<double[]>("cells => cells.map(c => parseFloat(c.dataset.sort))");
        Assert.Equal(shown.OrderByDescending(x => x), shown);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("button.table-csv[data-for=\"leads\"]").ClickAsync());
        var csv = folder.File("shown.csv");
        await download.SaveAsAsync(csv);
        var lines = File.ReadAllLines(csv);
        Assert.StartsWith("rep,rank,advisor,", lines[0]);
        Assert.Equal(leads + 1, lines.Length);
        Assert.All(lines.Skip(1), line => Assert.StartsWith(rep + ",", line));
        Assert.EndsWith(".csv", download.SuggestedFilename);
    }

    private static List<(string Rep, int Leads)> ListReps(Store warehouse, string listId)
    {
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = $"SELECT sga_name, count(*) FROM lists.leads WHERE list_id = '{listId}' GROUP BY sga_name";
        using var reader = command.ExecuteReader();
        var reps = new List<(string, int)>();
        while (reader.Read()) reps.Add((reader.GetString(0), Convert.ToInt32(reader.GetValue(1), C)));
        return reps;
    }

    [SkippableFact]
    public async Task The_monitoring_page_shows_the_monitors_deciles_and_rules()
    {
        Skip.IfNot(Chromium.Installed, Chromium.Missing);
        var page = await Open("/monitoring.html", "monitoring");
        var asOf = DateOnly.ParseExact(await Figure(page, "as of"), "yyyy-MM-dd", C);
        var inputs = LeadScore.Warehouse.Monitoring.MonitorInputs.Read(world.Database, null, asOf, null);
        var report = LeadScore.Monitoring.Monitor.Evaluate(new LeadScore.Monitoring.MonitorRequest(inputs.Leads, asOf, inputs.Maturity, inputs.Baseline,
            LeadScore.Monitoring.RuleSet.Preset("default"), inputs.Expectation) { Drift = inputs.Drift });
        var top = report.Months.First(m => m.Role == LeadScore.Monitoring.ModelScore.Champion && m.Segment == LeadScore.Monitoring.Segment.TopDecile).Figures;
        Assert.Equal($"{top.Conversions:N0} of {top.Leads:N0}", await Figure(page, "top decile"));
        Assert.Equal(LeadScore.Monitoring.RuleActionText.Text(report.Strongest), await Figure(page, "verdict"));
        Assert.Equal(report.Rules.Count, await page.Locator("#rules tbody tr").CountAsync());
        Assert.Equal(report.Rules.Count(r => r.Fired), await page.Locator("#rules tbody tr.fired").CountAsync());
    }

    [SkippableFact]
    public async Task A_write_request_from_the_browser_is_refused()
    {
        Skip.IfNot(Chromium.Installed, Chromium.Missing);
        var page = await chromium.NewPage();
        var log = File.ReadAllBytes(Path.Combine(world.Registry, "events.jsonl"));
        foreach (var method in new[] { "POST", "PUT", "DELETE" })
        {
            var response = await page.APIRequest.FetchAsync(new Uri(world.Server.Address, "/models.html").ToString(), new APIRequestContextOptions { Method = method, Data = "{}" });
            Assert.Equal(405, response.Status);
            Assert.Contains("refused: this dashboard is read-only", await response.TextAsync());
        }
        Assert.Equal(log, File.ReadAllBytes(Path.Combine(world.Registry, "events.jsonl")));
    }

    [SkippableFact]
    public async Task Bound_beyond_this_machine_the_browser_needs_the_token_once_then_every_page_follows()
    {
        Skip.IfNot(Chromium.Installed, Chromium.Missing);
        const string token = "token-for-the-browser-test-0001";
        await using var server = await DashboardServer.StartAsync(new DashboardServerOptions(world.Sources, "0.0.0.0", 0, token));
        var origin = new Uri($"http://127.0.0.1:{server.Address.Port}/");
        await using var context = await chromium.Browser.NewContextAsync();
        context.SetDefaultTimeout(Chromium.Patience);
        context.SetDefaultNavigationTimeout(Chromium.Patience);
        var page = await context.NewPageAsync();
        var refused = await page.GotoAsync(new Uri(origin, "/models.html").ToString());
        Assert.Equal(401, refused!.Status);
        Assert.Contains("needs its token", await page.InnerTextAsync("body"));
        var admitted = await page.GotoAsync(new Uri(origin, "/?token=" + token).ToString());
        Assert.Equal(200, admitted!.Status);
        var next = await page.RunAndWaitForResponseAsync(() => page.Locator("header nav a", new() { HasText = "Models" }).DispatchEventAsync("click"), r => r.Url.EndsWith("/models.html", StringComparison.Ordinal));
        Assert.Equal(200, next.Status);
        Assert.Equal("Models", await page.Locator("h1").InnerTextAsync());
    }

    [SkippableFact]
    public async Task The_static_site_opens_from_disk_and_its_links_work()
    {
        Skip.IfNot(Chromium.Installed, Chromium.Missing);
        using var folder = new TempFolder();
        var site = folder.File("site");
        var written = CliRun.Of("serve", "--static", site, "--db", world.Database, "--registry", world.Registry);
        Assert.True(written.ExitCode == 0, written.Err);
        var page = await chromium.NewPage();
        await page.GotoAsync(new Uri(Path.Combine(site, "index.html")).ToString());
        Assert.Equal("Overview", await page.Locator("h1").InnerTextAsync());
        var state = ModelRegistry.Open(world.Registry).State();
        Assert.Equal(state.Champion, await Figure(page, "Live model (champion)"));
        foreach (var entry in DashboardSite.Pages.Skip(1))
        {
            // The link is relative, and what it names opens from disk beside the page.
            var link = page.Locator("header nav a", new() { HasText = entry.Title }).First;
            var href = await link.GetAttributeAsync("href");
            Assert.Equal(entry.Path, href);
            await page.GotoAsync(new Uri(new Uri(page.Url), href).ToString());
            Assert.Equal(entry.Title, await page.Locator("h1").InnerTextAsync());
        }
    }
}
