using System.CommandLine;
using LeadScore.Cli.Commands;
using LeadScore.Cli.Terminal;

namespace LeadScore.Cli;

/// <summary>The <c>leadscore</c> command line: one subcommand per verb, one error line per failure.</summary>
public static class LeadScoreApp
{
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var output = new CliOutput(stdout ?? Console.Out, stderr ?? Console.Error);
        var root = new RootCommand("leadscore: score, explain and evaluate lead-scoring tree models")
        {
            PredictCommand.Create(output),
            DemoCommand.Create(output),
            BenchCommand.Create(output),
            SchemaCommand.Create(output),
            TrainCommand.Create(output),
            EvaluateCommand.Create(output),
            SynthCommand.Create(output),
            WarehouseCommand.Create(output),
            FeaturesCommand.Create(output),
            RegistryCommand.Create(output),
        };
        var config = new InvocationConfiguration { Output = output.Out, Error = output.Err, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(config);
        }
        catch (Exception e)
        {
            return output.Fail(e);
        }
    }
}
