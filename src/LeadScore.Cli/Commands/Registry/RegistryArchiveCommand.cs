using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Registry;

namespace LeadScore.Cli.Commands.Registry;

/// <summary><c>leadscore registry archive</c>: puts away a version that is not live.</summary>
public static class RegistryArchiveCommand
{
    public static Command Create(CliOutput output)
    {
        var path = RegistryCommand.PathOption();
        var by = RegistryCommand.ByOption();
        var version = new Argument<string>("version") { Description = "version or alias" };
        var reason = new Option<string?>("--reason") { Description = "why (logged)" };
        var command = new Command("archive", "Put away a version that is not live") { path, by, version, reason };
        command.SetAction(parse => RegistryView.Done(output, ModelRegistry.Open(parse.GetValue(path)!).Archive(parse.GetValue(version)!, parse.GetValue(by)!, parse.GetValue(reason))));
        return command;
    }
}
