using System.Diagnostics;
using LeadScore.Cli;

namespace LeadScore.Tests.Support;

/// <summary>Runs the CLI in-process (or as a child process) and captures what it printed.</summary>
public sealed record CliRun(int ExitCode, string Out, string Err)
{
    public string[] ErrLines => Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = LeadScoreApp.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// How to start the built CLI as a child process to be signalled, with SIGINT and SIGTERM at their default
    /// disposition whatever the test host inherited: a suite started as a background job of a script ignores SIGINT,
    /// so would every child, and a process that ignores SIGINT rightly carries on when it gets one.
    /// </summary>
    public static ProcessStartInfo Child(params string[] args) =>
        new("/usr/bin/python3", ["-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); signal.signal(signal.SIGTERM, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])",
            "dotnet", Path.Combine(AppContext.BaseDirectory, "leadscore.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

    /// <summary>The built CLI in a child process, for settings that only apply at process start.</summary>
    public static CliRun Process(IDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "leadscore.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = System.Diagnostics.Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output, err.Result);
    }
}
