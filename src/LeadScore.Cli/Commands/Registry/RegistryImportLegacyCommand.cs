using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Registry;

namespace LeadScore.Cli.Commands.Registry;

/// <summary><c>leadscore registry import-legacy</c>: the original registry.json replayed into an empty registry as dated events.</summary>
public static class RegistryImportLegacyCommand
{
    public static Command Create(CliOutput output)
    {
        var path = RegistryCommand.PathOption(creates: true);
        var by = RegistryCommand.ByOption();
        var file = new Argument<string>("registry-json") { Description = "the original's registry.json" };
        var command = new Command("import-legacy", "Replay the original registry.json into an empty registry as dated events") { path, by, file };
        command.SetAction(parse => RegistryView.History(output,
            Imports.Legacy(ModelRegistry.OpenOrCreate(parse.GetValue(path)!), parse.GetValue(file)!, parse.GetValue(by)!)));
        return command;
    }
}
