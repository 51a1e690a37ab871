using System.Diagnostics;

namespace LeadScore.Tests.Support;

/// <summary>
/// Runs the CLI in a child process and kills it outright (SIGKILL, no chance to clean up): after it printed a line
/// starting with a prefix, or after a delay. The tests then check that what the run writes is either as it was or whole.
/// </summary>
public static class KilledRun
{
    public static async Task After(string[] args, string? linePrefix, int delayMs = 0)
    {
        using var process = Process.Start(CliRun.Child(args))!;
        var err = process.StandardError.ReadToEndAsync();
        if (linePrefix is null)
        {
            var rest = process.StandardOutput.ReadToEndAsync();
            await Task.WhenAny(Task.Delay(delayMs), process.WaitForExitAsync());
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await rest;
        }
        else
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line && !line.StartsWith(linePrefix, StringComparison.Ordinal)) { }
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        await process.WaitForExitAsync();
        _ = await err;
    }
}
