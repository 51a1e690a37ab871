using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Registry;

namespace LeadScore.Cli.Commands.Registry;

/// <summary><c>leadscore registry history</c>: every event, oldest first.</summary>
public static class RegistryHistoryCommand
{
    public static Command Create(CliOutput output)
    {
        var path = RegistryCommand.PathOption();
        var command = new Command("history", "Every event, oldest first") { path };
        command.SetAction(parse => RegistryView.History(output, ModelRegistry.Open(parse.GetValue(path)!).State().Events));
        return command;
    }
}
