using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.InteropServices;
using LeadScore.Cli.Commands;
using LeadScore.Cli.Commands.Registry;
using LeadScore.Cli.Terminal;
using LeadScore.Storage;

namespace LeadScore.Cli;

/// <summary>
/// The <c>leadscore</c> command line: one subcommand per verb, one error line per failure. An interrupt (Ctrl-C,
/// SIGTERM) removes the outputs still being written, says so, and leaves every earlier file as it was.
/// </summary>
public static class LeadScoreApp
{
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var output = new CliOutput(stdout ?? Console.Out, stderr ?? Console.Error);
        var root = new RootCommand("leadscore: score, explain and evaluate lead-scoring tree models")
        {
            PredictCommand.Create(output),
            ScoreCommand.Create(output),
            LeadListCommand.Create(output),
            ExportCommand.Create(output),
            DemoCommand.Create(output),
            BenchCommand.Create(output),
            SchemaCommand.Create(output),
            TrainCommand.Create(output),
            EvaluateCommand.Create(output),
            SynthCommand.Create(output),
            WarehouseCommand.Create(output),
            FeaturesCommand.Create(output),
            RegistryCommand.Create(output),
            RulesCommand.Create(output),
            BacktestCommand.Create(output),
            MonitorCommand.Create(output),
            ReportCommand.Create(output),
            OutcomesCommand.Create(output),
            ServeCommand.Create(output),
            CompileSqlCommand.Create(output),
        };
        void Swept(string path) => output.Err.WriteLine($"note: removed {path}, left behind by an interrupted leadscore run");
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => Interrupted(output));
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Interrupted(output));
        TemporaryPaths.Swept += Swept;
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
                return output.Usage(parsed.Errors[0].Message, CommandPath(parsed.CommandResult));
            var config = new InvocationConfiguration { Output = output.Out, Error = output.Err, EnableDefaultExceptionHandler = false };
            return parsed.Invoke(config);
        }
        catch (Exception e)
        {
            return output.Fail(e);
        }
        finally
        {
            TemporaryPaths.Swept -= Swept;
        }
    }

    // The outputs still being written are removed; the default action of the signal then ends the process.
    private static void Interrupted(CliOutput output)
    {
        var written = TemporaryPaths.Interrupt();
        output.Err.WriteLine(written.Count == 0
            ? "interrupted; nothing was replaced"
            : $"interrupted; the outputs still being written were removed; written before the interrupt: {string.Join(", ", written)}");
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is CommandResult c; r = c.Parent) names.Insert(0, c.Command.Name);
        names[0] = "leadscore";
        return string.Join(' ', names);
    }
}
