using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Registry;

namespace LeadScore.Cli.Commands.Registry;

/// <summary><c>leadscore registry register</c>: a trained model directory becomes a new candidate version.</summary>
public static class RegistryRegisterCommand
{
    public static Command Create(CliOutput output)
    {
        var path = RegistryCommand.PathOption(creates: true);
        var by = RegistryCommand.ByOption();
        var directory = new Argument<string>("model-dir") { Description = "a directory written by leadscore train" };
        var version = new Option<string>("--version") { Description = "version name, e.g. v4.4.0", Required = true };
        var command = new Command("register", "Register a trained model directory as a new candidate") { path, by, directory, version };
        command.SetAction(parse =>
        {
            var source = parse.GetValue(directory)!;
            var e = ModelRegistry.OpenOrCreate(parse.GetValue(path)!).Register(source, parse.GetValue(version)!, parse.GetValue(by)!,
                $"register {System.IO.Path.GetFullPath(source)}");
            return RegistryView.Done(output, e);
        });
        return command;
    }
}
