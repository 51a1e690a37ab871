using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Registry;

namespace LeadScore.Cli.Commands.Registry;

/// <summary><c>leadscore registry sign-off</c>: a role signs a version off.</summary>
public static class RegistrySignOffCommand
{
    public static Command Create(CliOutput output)
    {
        var path = RegistryCommand.PathOption();
        var by = new Option<string>("--by") { Description = "who signs", Required = true };
        var version = new Argument<string>("version") { Description = "version or alias" };
        var role = CliOptions.Choice("--role", "the role signing", Lifecycle.SignOffRoles);
        var note = new Option<string?>("--note") { Description = "a remark (logged)" };
        var command = new Command("sign-off", "Record a role's sign-off of a version") { path, by, version, role, note };
        command.SetAction(parse => RegistryView.Done(output, ModelRegistry.Open(parse.GetValue(path)!).SignOff(parse.GetValue(version)!, parse.GetValue(role)!,
            parse.GetValue(by)!, parse.GetValue(note))));
        return command;
    }
}
