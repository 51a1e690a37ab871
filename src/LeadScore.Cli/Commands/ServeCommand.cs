using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Dashboard;
using LeadScore.Dashboard.Server;
using LeadScore.Storage;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore serve</c>: the dashboard (overview, models, runs, lead list, monitoring, reports) served read-only on
/// 127.0.0.1, or with <c>--static DIR</c> written as pages to open from disk. It opens the warehouse and the registry
/// read-only for each page and never changes either; what is missing is said on the page that needs it.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliOutput output)
    {
        var db = new Option<string>("--db") { Description = "the warehouse to show", DefaultValueFactory = _ => Store.DefaultPath };
        var registry = new Option<string?>("--registry") { Description = "the model registry to show (default $LEADSCORE_REGISTRY, else workspace/registry)" };
        var port = CliOptions.Integer("--port", "the port to listen on (0: any free port)", 5080);
        var bind = new Option<string>("--bind") { Description = "the address to listen on; anything but 127.0.0.1 or ::1 needs --token", DefaultValueFactory = _ => "127.0.0.1" };
        var token = new Option<string?>("--token") { Description = "a secret of at least 16 characters every request must carry (?token=… once, or Authorization: Bearer …)" };
        var folder = new Option<string?>("--static") { Description = "write the pages into this folder instead of serving them (to open from disk or attach to an email)" };
        var command = new Command("serve", "The dashboard: the registry's models, the scoring runs, the lead list, monitoring and the readiness reports, read-only in a browser")
        {
            db, registry, port, bind, token, folder,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var sources = new DashboardSources(Path.GetFullPath(parse.GetValue(db)!), Path.GetFullPath(ModelReference.RegistryPath(parse.GetValue(registry))));
            if (!File.Exists(sources.Database) && !Directory.Exists(sources.Registry))
                throw CliException.InvalidOption("--db", $"neither the warehouse {parse.GetValue(db)} nor the registry {ModelReference.RegistryPath(parse.GetValue(registry))} exists; " +
                                                         "pass --db and --registry with what to show (./leadscore demo writes both under out/demo)");
            if (parse.GetValue(folder) is { } target)
            {
                OutputPath.CheckFolder("--static", target, [.. InputPaths.Database("--db", sources.Database!), new InputPath("--registry", sources.Registry)]);
                var site = StaticSite.Write(sources, target, DateTimeOffset.UtcNow);
                output.Line($"wrote the dashboard: {site.Documents} pages, {site.Bytes / 1024.0 / 1024.0:0.0} MB, in {target}; open {site.Index}");
                return 0;
            }
            int p = parse.GetValue(port);
            if (p is < 0 or > 65535) throw CliException.InvalidOption("--port", $"{p} is not a TCP port (0-65535)");
            await using var server = await DashboardServer.StartAsync(new DashboardServerOptions(sources, parse.GetValue(bind)!, p, parse.GetValue(token)), cancel);
            output.Line($"dashboard: {server.Address} (warehouse {sources.Database}, registry {sources.Registry}); read-only; Ctrl-C stops it");
            try
            {
                await server.WaitForShutdownAsync(cancel);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: the server stops; nothing was written.
            }
            return 0;
        });
        return command;
    }
}
