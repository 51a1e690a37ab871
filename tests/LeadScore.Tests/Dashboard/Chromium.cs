using Microsoft.Playwright;

namespace LeadScore.Tests.Dashboard;

/// <summary>
/// Debian's headless Chromium driven by Playwright, started once for the browser tests. Playwright never downloads a
/// browser here: it is given <c>/usr/bin/chromium</c>, which the test command installs with apt when it is missing.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string Executable = "/usr/bin/chromium";
    public const string Missing = "Debian's chromium is not installed at /usr/bin/chromium (./run-tests installs it with apt-get install -y chromium)";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static bool Installed => File.Exists(Executable);

    /// <summary>Where the tests leave a screenshot of each page they open.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "dashboard-screenshots");

    public async Task InitializeAsync()
    {
        if (!Installed) return;
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>
    /// Waits for a browser action, at most this long: the suite runs beside other heavy tests on two cores, where a page
    /// of 1.7 MB can take a while; a real failure still ends the test.
    /// </summary>
    public const float Patience = 120_000;

    /// <summary>A new page (in its own context) that waits up to <see cref="Patience"/> for anything.</summary>
    public async Task<IPage> NewPage(BrowserNewPageOptions? options = null)
    {
        var page = await Browser.NewPageAsync(options);
        page.SetDefaultTimeout(Patience);
        page.SetDefaultNavigationTimeout(Patience);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
