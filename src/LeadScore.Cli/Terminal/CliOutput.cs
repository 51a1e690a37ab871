using LeadScore.Scoring;
using LeadScore.Data;
using LeadScore.Engine;
using LeadScore.Metrics;
using LeadScore.Models;
using LeadScore.Registry;
using LeadScore.Storage;
using LeadScore.Training;
using LeadScore.Warehouse;
using Spectre.Console;

namespace LeadScore.Cli.Terminal;

/// <summary>
/// Where the CLI writes: results to stdout (rich tables when it is a terminal, plain text when redirected),
/// progress and errors to stderr. A known failure is one line and exit code 1; anything else is a bug, exit 2.
/// </summary>
public sealed class CliOutput
{
    public CliOutput(TextWriter stdout, TextWriter stderr)
    {
        Out = stdout;
        Err = stderr;
        Console = Create(stdout, ReferenceEquals(stdout, System.Console.Out) && !System.Console.IsOutputRedirected);
        ErrorConsole = Create(stderr, ReferenceEquals(stderr, System.Console.Error) && !System.Console.IsErrorRedirected);
        Interactive = ReferenceEquals(stderr, System.Console.Error) && !System.Console.IsErrorRedirected;
    }

    public TextWriter Out { get; }

    public TextWriter Err { get; }

    /// <summary>Spectre console over stdout, for tables.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Spectre console over stderr, for progress bars.</summary>
    public IAnsiConsole ErrorConsole { get; }

    /// <summary>True when stderr is a terminal, so a live progress bar can be drawn.</summary>
    public bool Interactive { get; }

    public void Line(string text = "") => Out.WriteLine(text);

    public int Fail(Exception e)
    {
        switch (e)
        {
            case ScoringException or DataFileException or MetricsException or CliException or TrainingException or WarehouseException or RegistryException
                or StorageException or ModelDirectoryException or ScoringRunException or LeadScore.Lists.ListException or LeadScore.Backtest.BacktestException
                or LeadScore.Reports.ReportException or LeadScore.Dashboard.DashboardException:
                Err.WriteLine($"error: {e.Message}");
                return 1;
            default:
                Err.WriteLine($"internal error ({e.GetType().Name}): {e.Message}");
                if (Environment.GetEnvironmentVariable("LEADSCORE_DEBUG") is not null) Err.WriteLine(e);
                else Err.WriteLine("set LEADSCORE_DEBUG=1 for the stack trace, and please report it.");
                return 2;
        }
    }

    /// <summary>A command line that does not parse: one line naming the option and where to read about it.</summary>
    public int Usage(string message, string command)
    {
        Err.WriteLine($"error: {message.Split('\n')[0].TrimEnd('.')}; see {command} --help.");
        return 1;
    }

    private static IAnsiConsole Create(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        // Redirected output (logs, files) has no width to detect; wide tables stay on one line per row.
        if (!terminal) console.Profile.Width = 160;
        return console;
    }
}
