using System.Net;
using System.Net.Sockets;
using DuckDB.NET.Data;
using LeadScore.Dashboard;
using LeadScore.Dashboard.Server;
using LeadScore.Tests.Registry;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Dashboard;

/// <summary>
/// The server's guard on a real Kestrel listening on a free local port: read-only, no path out of the site, the token
/// when one is set, one clear line for a port in use, and pages that say what is missing while the rest is served.
/// </summary>
public class DashboardServerTests
{
    private static async Task<DashboardServer> Start(DashboardSources sources, string bind = "127.0.0.1", string? token = null) =>
        await DashboardServer.StartAsync(new DashboardServerOptions(sources, bind, 0, token));

    [Fact]
    public async Task Every_page_is_served_and_a_missing_warehouse_is_named_while_the_registry_is_shown()
    {
        using var folder = new TempFolder();
        var (registry, _) = SomeVersions.TwoVersions(folder);
        await using var server = await Start(new DashboardSources(folder.File("nowhere.duckdb"), registry));
        foreach (var page in DashboardSite.Pages)
        {
            var response = await RawHttp.Send(server.Address, "GET", "/" + page.Path);
            Assert.Equal(200, response.Status);
            Assert.Contains($"<h1>{page.Title}</h1>", response.Body);
            Assert.Contains("Content-Security-Policy: default-src 'none'", response.Head);
        }
        var overview = await RawHttp.Send(server.Address, "GET", "/");
        Assert.Contains($"Not shown: {folder.File("nowhere.duckdb")}: no warehouse there", overview.Body);
        Assert.Contains("v1", overview.Body);   // the registry's champion, shown beside the missing warehouse
        Assert.Equal(404, (await RawHttp.Send(server.Address, "GET", "/secrets.html")).Status);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task A_write_request_is_refused_and_changes_nothing(string method)
    {
        using var folder = new TempFolder();
        var (registry, _) = SomeVersions.TwoVersions(folder);
        var log = File.ReadAllBytes(Path.Combine(registry, "events.jsonl"));
        var files = Directory.GetFiles(registry, "*", SearchOption.AllDirectories).Order().ToArray();
        await using var server = await Start(new DashboardSources(null, registry));
        foreach (var target in new[] { "/", "/models.html", "/reports.html" })
        {
            var response = await RawHttp.Send(server.Address, method, target);
            Assert.Equal(405, response.Status);
            Assert.Contains("Allow: GET, HEAD", response.Head);
            Assert.Contains($"{method} refused: this dashboard is read-only", response.Body);
        }
        Assert.Equal(log, File.ReadAllBytes(Path.Combine(registry, "events.jsonl")));
        Assert.Equal(files, Directory.GetFiles(registry, "*", SearchOption.AllDirectories).Order().ToArray());
    }

    [Theory]
    [InlineData("/../etc/passwd")]
    [InlineData("/reports/../../events.jsonl")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/reports/%2E%2E%2Fevents.jsonl")]
    [InlineData("/reports/..%2fevents.jsonl")]
    [InlineData("/..%5c..%5cevents.jsonl")]
    [InlineData("//etc/passwd")]
    [InlineData("/./index.html")]
    public async Task A_path_traversal_attempt_is_refused(string target)
    {
        using var folder = new TempFolder();
        var (registry, _) = SomeVersions.TwoVersions(folder);
        await using var server = await Start(new DashboardSources(null, registry));
        var response = await RawHttp.Send(server.Address, "GET", target);
        Assert.Equal(400, response.Status);
        Assert.Contains("refused: the path climbs out of the dashboard", response.Body);
        Assert.DoesNotContain("champion", response.Body);
    }

    [Fact]
    public async Task A_null_byte_in_the_path_is_refused_before_any_page_is_looked_up()
    {
        using var folder = new TempFolder();
        var (registry, _) = SomeVersions.TwoVersions(folder);
        await using var server = await Start(new DashboardSources(null, registry));
        Assert.Equal(400, (await RawHttp.Send(server.Address, "GET", "/index.html%00.png")).Status);   // Kestrel refuses it itself
    }

    [Fact]
    public async Task Bound_beyond_this_machine_the_dashboard_needs_its_token_on_every_request()
    {
        using var folder = new TempFolder();
        var (registry, _) = SomeVersions.TwoVersions(folder);
        var sources = new DashboardSources(null, registry);
        var refused = await Assert.ThrowsAsync<DashboardException>(() => Start(sources, "0.0.0.0"));
        Assert.StartsWith("--bind 0.0.0.0: the dashboard is reachable from other machines there; pass --token", refused.Message);
        Assert.StartsWith("--token: a token needs at least 16 characters", (await Assert.ThrowsAsync<DashboardException>(() => Start(sources, "0.0.0.0", "short"))).Message);

        const string token = "0123456789abcdef0123";
        await using var server = await Start(sources, "0.0.0.0", token);
        Assert.Equal(401, (await RawHttp.Send(server.Address, "GET", "/")).Status);
        Assert.Equal(401, (await RawHttp.Send(server.Address, "GET", "/models.html?token=wrong-token-wrong-token")).Status);
        Assert.Equal(401, (await RawHttp.Send(server.Address, "GET", "/", "Authorization: Bearer " + token + "x")).Status);
        Assert.Equal(200, (await RawHttp.Send(server.Address, "GET", "/", "Authorization: Bearer " + token)).Status);
        var first = await RawHttp.Send(server.Address, "GET", "/models.html?token=" + token);
        Assert.Equal(200, first.Status);
        Assert.Contains($"Set-Cookie: {RequestGuard.CookieName}=", first.Head);
        Assert.Equal(200, (await RawHttp.Send(server.Address, "GET", "/runs.html", $"Cookie: {RequestGuard.CookieName}={token}")).Status);
        // The token does not unlock writes.
        Assert.Equal(405, (await RawHttp.Send(server.Address, "POST", "/", "Authorization: Bearer " + token)).Status);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_that_suggests_a_free_one()
    {
        var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        try
        {
            int port = ((IPEndPoint)holder.LocalEndpoint).Port;
            using var folder = new TempFolder();
            var (registry, _) = SomeVersions.TwoVersions(folder);
            var e = await Assert.ThrowsAsync<DashboardException>(() => DashboardServer.StartAsync(new DashboardServerOptions(new DashboardSources(null, registry), "127.0.0.1", port)));
            Assert.Matches($@"^--port {port}: 127\.0\.0\.1:{port} is already in use by another program; pass another port, e\.g\. --port \d+\.$", e.Message);

            var cli = CliRun.Of("serve", "--registry", registry, "--db", folder.File("none.duckdb"), "--port", port.ToString());
            Assert.Equal(1, cli.ExitCode);
            Assert.Single(cli.ErrLines);
            Assert.Contains($"127.0.0.1:{port} is already in use by another program; pass another port, e.g. --port", cli.Err);
        }
        finally
        {
            holder.Stop();
        }
    }

    [Fact]
    public async Task A_warehouse_held_by_a_writer_is_said_to_be_in_use_and_the_page_is_whole_once_it_is_free()
    {
        using var folder = new TempFolder();
        var db = folder.File("w.duckdb");
        Assert.Equal(0, CliRun.Of("warehouse", "init", "--db", db).ExitCode);
        var (registry, _) = SomeVersions.TwoVersions(folder);
        int port = DashboardServer.FreePort(IPAddress.Loopback);
        // The server runs in a child process, as it would beside a scoring run; this process holds the warehouse for
        // writing from before the server starts (so its first rendering of each page already finds it busy).
        var writer = new DuckDBConnection($"DataSource={db}");
        writer.Open();
        using var serve = System.Diagnostics.Process.Start(CliRun.Child("serve", "--db", db, "--registry", registry, "--port", port.ToString()))!;
        try
        {
            Assert.StartsWith("dashboard: http://127.0.0.1:", await serve.StandardOutput.ReadLineAsync());
            var address = new Uri($"http://127.0.0.1:{port}/");
            var busy = await RawHttp.Send(address, "GET", "/");
            Assert.Equal(200, busy.Status);
            Assert.Contains("the warehouse is in use by another process", busy.Body);
            Assert.Contains("v1", busy.Body);
            writer.Dispose();
            // A page that could not read a source is kept for a few seconds at most; then it is read again.
            var free = await RawHttp.Send(address, "GET", "/");
            for (int i = 0; i < 40 && free.Body.Contains("in use by another process", StringComparison.Ordinal); i++)
            {
                await Task.Delay(250);
                free = await RawHttp.Send(address, "GET", "/");
            }
            Assert.DoesNotContain("in use by another process", free.Body);
            Assert.Contains("No scoring run yet", free.Body);
        }
        finally
        {
            writer.Dispose();
            serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
        }
    }

    [Fact]
    public void A_registry_caught_mid_write_is_read_as_it_stood_and_a_broken_log_is_named_while_the_rest_is_shown()
    {
        using var folder = new TempFolder();
        var (registry, _) = SomeVersions.TwoVersions(folder);
        var log = Path.Combine(registry, "events.jsonl");
        var whole = File.ReadAllText(log);
        // A writer killed half-way through its line: the line is not an event yet; the page shows the registry as it stood.
        File.AppendAllText(log, "{\"seq\":4,\"time\":\"2026-01-0");
        var midWrite = System.Text.Encoding.UTF8.GetString(DashboardSite.Render("models.html", new DashboardSources(null, registry), DateTimeOffset.UtcNow)!.Body);
        Assert.DoesNotContain("Not shown", midWrite);
        Assert.Contains("v1", midWrite);

        // A line in the middle that is not an event: every registry section says so and what to do; the page still comes.
        int firstLine = whole.IndexOf('\n', StringComparison.Ordinal) + 1;
        File.WriteAllText(log, whole[..firstLine] + "not an event\n" + whole[firstLine..]);
        var document = DashboardSite.Render("index.html", new DashboardSources(folder.File("none.duckdb"), registry), DateTimeOffset.UtcNow)!;
        var broken = System.Text.Encoding.UTF8.GetString(document.Body);
        Assert.False(document.Complete);
        Assert.Contains("events.jsonl", broken);
        Assert.Contains("Not shown:", broken);
        Assert.Contains("<h2>Last scoring run</h2>", broken);
    }

    [Fact]
    public void Serve_refuses_when_there_is_nothing_to_show_and_never_creates_a_store()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("serve", "--db", folder.File("w.duckdb"), "--registry", folder.File("r"), "--port", "0");
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Contains("neither the warehouse", run.Err);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }
}
