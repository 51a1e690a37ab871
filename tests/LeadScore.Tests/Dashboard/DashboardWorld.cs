using LeadScore.Dashboard;
using LeadScore.Dashboard.Server;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Dashboard;

/// <summary>
/// The world the browser tests look at: the demo's whole synthetic month (warehouse, registry with champion and
/// challenger, scoring run in shadow, list, backtest and readiness report, outcomes) run by the CLI at a small scale,
/// served by a real Kestrel on a free local port.
/// </summary>
public sealed class DashboardWorld : IAsyncLifetime
{
    public const int Advisors = 250_000;   // the smallest scale at which every step of the synthetic month works (training needs the conversions)
    private readonly TempFolder folder = new();

    public string Folder => folder.Path;

    public string Database => folder.File("warehouse.duckdb");

    public string Registry => folder.File("registry");

    public DashboardSources Sources => new(Database, Registry);

    /// <summary>What the demo printed while building the world.</summary>
    public string DemoOutput { get; private set; } = "";

    public DashboardServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var demo = CliRun.Of("demo", "--synthetic-only", "--advisors", Advisors.ToString(), "--out", folder.Path);
        if (demo.ExitCode != 0) throw new InvalidOperationException($"the demo failed ({demo.ExitCode}): {demo.Err}");
        DemoOutput = demo.Out;
        Server = await DashboardServer.StartAsync(new DashboardServerOptions(Sources, "127.0.0.1", 0));
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        folder.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class DashboardWorldCollection : ICollectionFixture<DashboardWorld>, ICollectionFixture<Chromium>
{
    public const string Name = "dashboard world";
}
