using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Registry;

namespace LeadScore.Cli.Commands.Registry;

/// <summary><c>leadscore registry rollback</c>: the previous champion is live again, in one event.</summary>
public static class RegistryRollbackCommand
{
    public static Command Create(CliOutput output)
    {
        var path = RegistryCommand.PathOption();
        var by = RegistryCommand.ByOption();
        var reason = new Option<string>("--reason") { Description = "why the champion is pulled (logged)", Required = true };
        var command = new Command("rollback", "Make the previous champion live again; the current one becomes rolled_back") { path, by, reason };
        command.SetAction(parse => RegistryView.Done(output, ModelRegistry.Open(parse.GetValue(path)!).Rollback(parse.GetValue(by)!, parse.GetValue(reason)!)));
        return command;
    }
}
