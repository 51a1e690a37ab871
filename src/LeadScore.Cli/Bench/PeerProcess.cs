using System.Diagnostics;
using System.Text.Json.Nodes;

namespace LeadScore.Cli.Bench;

/// <summary>Runs a peer script of <c>bench/</c> and reads the one JSON line it prints last.</summary>
public static class PeerProcess
{
    public static JsonNode RunJson(string script, params string[] arguments)
    {
        var repository = RepositoryFolder.Find()
            ?? throw CliException.PeerFailed("the repository (leadscore.slnx) was not found above the program or the current folder");
        var start = new ProcessStartInfo("bash", [Path.Combine(repository, "bench", script), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw CliException.PeerFailed("could not start bash");
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var last = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        if (process.ExitCode != 0 || !last.StartsWith('{'))
            throw CliException.PeerFailed($"exit code {process.ExitCode}, last line '{last}'");
        return JsonNode.Parse(last)!;
    }
}
