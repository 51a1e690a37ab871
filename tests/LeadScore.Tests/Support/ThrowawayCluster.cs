using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Net;
using System.Net.Sockets;

namespace LeadScore.Tests.Support;

/// <summary>
/// A PostgreSQL cluster in a temporary folder on a free local port, made exactly as <c>run-tests</c> makes its own
/// (initdb and pg_ctl of the newest /usr/lib/postgresql/*/bin, as the postgres user when running as root, since initdb
/// refuses root), for test runs that did not come through <c>run-tests</c>.
/// </summary>
internal sealed partial class ThrowawayCluster
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(120);

    private readonly string bin;
    private readonly string folder;

    private ThrowawayCluster(string bin, string folder, int port)
    {
        this.bin = bin;
        this.folder = folder;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=leadscore;Database=postgres";
    }

    public string ConnectionString { get; }

    private string Data => Path.Combine(folder, "data");

    /// <summary>A running cluster, or why none could be started.</summary>
    public static (ThrowawayCluster? Cluster, string Reason) TryStart()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : new Version()).LastOrDefault()
            : null;
        if (bin is null) return (null, "no initdb under /usr/lib/postgresql/*/bin (install Debian's postgresql, or run ./run-tests, which does)");

        var folder = Directory.CreateTempSubdirectory("leadscore-pg-").FullName;
        var cluster = new ThrowawayCluster(bin, folder, FreePort());
        var reason = cluster.Start();
        if (reason is null) return (cluster, string.Empty);
        cluster.Stop();
        return (null, reason);
    }

    /// <summary>
    /// Stops the server at once (SIGQUIT, PostgreSQL's immediate shutdown) and deletes its folder; never throws. Quick,
    /// because the test host may be killed soon after it starts exiting: the watchdog finishes whatever this could not.
    /// </summary>
    public void Stop()
    {
        try
        {
            // The postmaster removes its pid file as it exits.
            if (Postmaster() is { } pid && Signal(pid, SigQuit) == 0)
                for (var waited = 0; waited < 100 && File.Exists(Path.Combine(Data, "postmaster.pid")); waited++) Thread.Sleep(10);
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>Null when the server runs; otherwise exactly why not.</summary>
    private string? Start()
    {
        if (StartWatchdog() is { } noWatchdog) return noWatchdog;
        if (Environment.IsPrivilegedProcess)
        {
            var (chown, chownOutput) = RunAsIs("chown", "postgres:", folder);
            if (chown != 0) return $"running as root, and giving {folder} to the postgres user failed: {LastLines(chownOutput, 2)}";
        }
        var (initdb, initdbOutput) = Run("initdb", "-D", Data, "-U", "leadscore", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C");
        if (initdb != 0) return $"initdb failed: {LastLines(initdbOutput, 3)}";

        var port = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString).Port;
        var options = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        var log = Path.Combine(folder, "log");
        var (start, startOutput) = Run("pg_ctl", "-D", Data, "-l", log, "-w", "-o", options, "start");
        if (start == 0) return null;
        var logTail = File.Exists(log) ? LastLines(File.ReadAllText(log), 3) : "";
        return $"pg_ctl start failed: {(logTail.Length > 0 ? logTail : LastLines(startOutput, 2))}";
    }

    /// <summary>
    /// A detached shell that waits for this process to end and then stops the server and deletes the folder, so that
    /// neither outlives a test host that was killed (or cut short while exiting, as the test runner does after 100 ms).
    /// </summary>
    private string? StartWatchdog()
    {
        const string script = """
            exec </dev/null >/dev/null 2>&1
            while kill -0 "$1" 2>/dev/null; do sleep 1; done
            [ -d "$2" ] || exit 0
            if [ -f "$2/data/postmaster.pid" ]; then
              if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$3/pg_ctl" -D "$2/data" -m immediate stop; else "$3/pg_ctl" -D "$2/data" -m immediate stop; fi
            fi
            rm -rf "$2"
            """;
        var info = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "sh", "-c", script, "watchdog", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), folder, bin })
            info.ArgumentList.Add(argument);
        try
        {
            Process.Start(info)!.Dispose();
            return null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return $"cannot start the watchdog that stops the cluster after the tests (setsid: {e.Message})";
        }
    }

    private int? Postmaster()
    {
        try
        {
            var first = File.ReadLines(Path.Combine(Data, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>Runs a PostgreSQL program as the cluster's owner: the postgres user when root, this user otherwise.</summary>
    private (int Exit, string Output) Run(string program, params string[] arguments) =>
        Environment.IsPrivilegedProcess
            ? RunAsIs("runuser", ["-u", "postgres", "--", Path.Combine(bin, program), .. arguments])
            : RunAsIs(Path.Combine(bin, program), arguments);

    private (int Exit, string Output) RunAsIs(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(StepTimeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"{program} did not finish within {StepTimeout.TotalSeconds:0} s");
            }
            return (process.ExitCode, output.Result + error.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, $"cannot run {program}: {e.Message}");
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try { return ((IPEndPoint)listener.LocalEndpoint).Port; }
        finally { listener.Stop(); }
    }

    private const int SigQuit = 3;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Signal(int pid, int signal);

    private static string LastLines(string text, int count) =>
        string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(count));
}
