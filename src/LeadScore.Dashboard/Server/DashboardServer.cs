using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace LeadScore.Dashboard.Server;

/// <summary>How to serve the dashboard: what it shows, where it listens, and the token every request needs (if any).</summary>
public sealed record DashboardServerOptions(DashboardSources Sources, string Bind = "127.0.0.1", int Port = 5080, string? Token = null);

/// <summary>
/// <c>leadscore serve</c>: the dashboard's pages served by Kestrel, read-only. Each page is rendered when asked for and
/// kept until the warehouse or the registry changes on disk (<see cref="DashboardSources.Stamp"/>). Bound to
/// 127.0.0.1 unless told otherwise; an address other machines reach needs a token.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly DashboardServerOptions options;
    private readonly ConcurrentDictionary<string, (string Stamp, DateTime Until, SiteDocument Document)> rendered = new();

    // A page that could not read one of its sources (busy, missing) is kept only briefly: a writer may finish any moment.
    private static readonly TimeSpan IncompleteKept = TimeSpan.FromSeconds(5);

    private DashboardServer(WebApplication app, DashboardServerOptions options, Uri address)
    {
        this.app = app;
        this.options = options;
        Address = address;
    }

    /// <summary>Where the dashboard listens (with the port it got when asked for port 0).</summary>
    public Uri Address { get; }

    public static async Task<DashboardServer> StartAsync(DashboardServerOptions options, CancellationToken cancel = default)
    {
        if (options.Sources.Database is null && options.Sources.Registry is null) throw DashboardException.NothingToShow();
        if (!IPAddress.TryParse(options.Bind, out var address)) throw DashboardException.BadAddress(options.Bind);
        if (!IPAddress.IsLoopback(address) && options.Token is null) throw DashboardException.TokenNeeded(options.Bind);
        if (options.Token is { } t && (t.Length < 16 || t.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))) throw DashboardException.BadToken();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(address, options.Port);
        });
        var app = builder.Build();
        DashboardServer? server = null;
        app.Run(context => server!.Handle(context));
        try
        {
            await app.StartAsync(cancel);
        }
        catch (Exception e) when (e is AddressInUseException || e.InnerException is AddressInUseException or SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
        {
            await app.DisposeAsync();
            throw DashboardException.PortInUse(options.Bind, options.Port, FreePort(address), e);
        }
        catch (Exception e) when (e is IOException or SocketException)
        {
            await app.DisposeAsync();
            throw DashboardException.CannotListen(options.Bind, options.Port, e.Message.Split('\n')[0], e);
        }
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new DashboardServer(app, options, new Uri(bound.Replace("://[::]", "://localhost", StringComparison.Ordinal)));
        server.warming = Task.Run(server.WarmUp);
        return server;
    }

    /// <summary>A port nothing listens on at <paramref name="address"/> now, to suggest instead of one in use.</summary>
    public static int FreePort(IPAddress address)
    {
        var listener = new TcpListener(address, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private Task warming = Task.CompletedTask;

    // Every page rendered once as soon as the server listens, so the first person to ask gets it from memory: the first
    // render of a process pays for the code's compilation and the rules' simulation (about a second at the real scale).
    private void WarmUp()
    {
        foreach (var page in DashboardSite.Pages)
        {
            try
            {
                Document(page.Path);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The page says so when it is asked for.
            }
        }
    }

    /// <summary>Waits until every page has been rendered once after the start (tests, benchmarks).</summary>
    public Task WarmedUp => warming;

    private async Task Handle(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        var (path, status, refusal) = RequestGuard.Check(context, options.Token);
        if (refusal is not null)
        {
            if (status == StatusCodes.Status405MethodNotAllowed) response.Headers.Allow = "GET, HEAD";
            await Plain(response, status, refusal);
            return;
        }
        SiteDocument? document;
        try
        {
            document = Document(path!);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await Plain(response, StatusCodes.Status500InternalServerError, $"the page {path} could not be rendered: {e.Message.Split('\n')[0]}");
            return;
        }
        if (document is null)
        {
            await Plain(response, StatusCodes.Status404NotFound, $"no page {path} in this dashboard; start at /{DashboardSite.Index}.");
            return;
        }
        response.ContentType = document.ContentType;
        response.ContentLength = document.Body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(document.Body, context.RequestAborted);
    }

    private SiteDocument? Document(string path)
    {
        string stamp = options.Sources.Stamp();
        if (rendered.TryGetValue(path, out var kept) && kept.Stamp == stamp && DateTime.UtcNow < kept.Until) return kept.Document;
        var document = DashboardSite.Render(path, options.Sources, DateTimeOffset.UtcNow);
        if (document is null) rendered.TryRemove(path, out _);
        else rendered[path] = (stamp, document.Complete ? DateTime.MaxValue : DateTime.UtcNow + IncompleteKept, document);
        return document;
    }

    private static Task Plain(HttpResponse response, int status, string line)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(line + "\n");
    }

    public Task StopAsync(CancellationToken cancel = default) => app.StopAsync(cancel);

    public Task WaitForShutdownAsync(CancellationToken cancel = default) => app.WaitForShutdownAsync(cancel);

    public async ValueTask DisposeAsync()
    {
        await warming;
        await app.DisposeAsync();
    }
}
