using System.CommandLine;
using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Registry;
using Spectre.Console;

namespace LeadScore.Cli.Commands.Registry;

/// <summary><c>leadscore registry list</c>: every version and its status.</summary>
public static class RegistryListCommand
{
    public static Command Create(CliOutput output)
    {
        var path = RegistryCommand.PathOption();
        var command = new Command("list", "Versions and their status") { path };
        command.SetAction(parse =>
        {
            var table = new Table().AddPlainColumns("version", "status", "registered", "sign-offs");
            foreach (var v in ModelRegistry.Open(parse.GetValue(path)!).State().Versions.OrderBy(v => v.RegisteredAt))
                table.AddPlainRow(v.Version, v.Status.Name(), v.RegisteredAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), string.Join(", ", v.SignOffs));
            output.Console.Write(table);
            return 0;
        });
        return command;
    }
}
