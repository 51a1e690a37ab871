using LeadScore.Dashboard;
using LeadScore.Dashboard.Server;
using LeadScore.Tests.Registry;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Dashboard;

public class BrowserSmokeTests(Chromium chromium) : IClassFixture<Chromium>
{
    [SkippableFact]
    public async Task Smoke()
    {
        Skip.IfNot(Chromium.Installed, Chromium.Missing);
        using var folder = new TempFolder();
        var (registry, _) = SomeVersions.TwoVersions(folder);
        await using var server = await DashboardServer.StartAsync(new DashboardServerOptions(new DashboardSources(null, registry), "127.0.0.1", 0));
        var page = await chromium.Browser.NewPageAsync();
        var response = await page.GotoAsync(server.Address.ToString());
        Assert.Equal(200, response!.Status);
        Assert.Equal("Overview", await page.Locator("h1").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.Screenshots, "smoke.png"), FullPage = true });
    }
}
