namespace LeadScore.Dashboard;

/// <summary>
/// The dashboard layer's one error type: a dashboard that cannot be served or written as asked (a port in use, a
/// folder that cannot hold the site, a bind address without a token). Messages are one line saying what is wrong and
/// what to do; they are written only here. What a page cannot read is not an error: the page says so and goes on.
/// </summary>
public sealed class DashboardException : Exception
{
    private DashboardException(string message, Exception? inner = null) : base(message, inner) { }

    public static DashboardException PortInUse(string bind, int port, int free, Exception inner) =>
        new($"--port {port}: {bind}:{port} is already in use by another program; pass another port, e.g. --port {free}.", inner);

    public static DashboardException CannotListen(string bind, int port, string reason, Exception inner) =>
        new($"--bind {bind} --port {port}: cannot listen there ({reason}); pass an address of this machine (127.0.0.1 by default) and a free port.", inner);

    public static DashboardException TokenNeeded(string bind) =>
        new($"--bind {bind}: the dashboard is reachable from other machines there; pass --token SECRET (every request must then carry it), or bind to 127.0.0.1.");

    public static DashboardException BadToken() =>
        new("--token: a token needs at least 16 characters, none of them a space or a control character; e.g. --token $(openssl rand -hex 16).");

    public static DashboardException BadAddress(string bind) =>
        new($"--bind {bind}: not an IP address; pass e.g. 127.0.0.1 (this machine only) or 0.0.0.0 (every interface, with --token).");

    public static DashboardException NothingToShow() =>
        new("serve: give --db (a warehouse) or --registry (a model registry), or both; the dashboard shows what they hold.");

    public static DashboardException StaticFolder(string folder, string reason) =>
        new($"--static {folder}: {reason}.");
}
