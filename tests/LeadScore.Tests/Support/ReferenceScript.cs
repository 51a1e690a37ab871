using System.Diagnostics;

namespace LeadScore.Tests.Support;

/// <summary>
/// Runs a reference script with Debian's python3 (independent tools: xgboost, scikit-learn, scipy) and says what
/// happened. Only a missing tool is a skip, with the reason; a script that fails for any other reason is a failure of
/// the tests that need it, with its error: a broken reference must never pass as "skipped".
/// </summary>
public sealed record ReferenceScript(string? SkipReason, string? Failure)
{
    public const string Python = "/usr/bin/python3";

    /// <summary>Runs <paramref name="args"/> after checking that <paramref name="modules"/> import.</summary>
    public static ReferenceScript Run(string[] modules, params string[] args)
    {
        var probe = Start("-c", $"import {string.Join(", ", modules)}");
        if (probe is null) return new($"reference skipped: {Python} is not installed; install python3-{modules[0]} (the test command does).", null);
        if (probe.Value.ExitCode != 0)
            return probe.Value.Error.Contains("No module named", StringComparison.Ordinal)
                ? new($"reference skipped: {probe.Value.Error.Trim().Split('\n').Last()}; install python3-{modules[0]} (the test command does).", null)
                : new(null, $"importing {string.Join(", ", modules)} failed: {probe.Value.Error.Trim()}");
        var run = Start(args)!.Value;
        return run.ExitCode == 0 ? new(null, null) : new(null, $"the reference script failed (exit {run.ExitCode}): {run.Error.Trim()}");
    }

    private static (int ExitCode, string Error)? Start(params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(Python, args) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
