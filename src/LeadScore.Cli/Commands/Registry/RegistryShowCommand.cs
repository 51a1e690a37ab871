using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Registry;
using Spectre.Console;

namespace LeadScore.Cli.Commands.Registry;

/// <summary><c>leadscore registry show</c>: one version's status, sign-offs, files with checksums, and its events.</summary>
public static class RegistryShowCommand
{
    public static Command Create(CliOutput output)
    {
        var path = RegistryCommand.PathOption();
        var version = new Argument<string>("version") { Description = "version or alias (champion, challenger, latest)" };
        var command = new Command("show", "One version: status, sign-offs, files and their checksums, its events") { path, version };
        command.SetAction(parse =>
        {
            var registry = ModelRegistry.Open(parse.GetValue(path)!);
            var state = registry.State();
            var v = state.Resolve(parse.GetValue(version)!);
            output.Line($"{v.Version}: {v.Status.Name()}, registered {v.RegisteredAt:yyyy-MM-dd HH:mm}Z, sign-offs: {(v.SignOffs.Count == 0 ? "none" : string.Join(", ", v.SignOffs))}");
            var manifest = Manifest.Read(registry.VersionFolder(v.Version), v.Version);
            var files = new Table().AddPlainColumns("file", "sha256");
            foreach (var (file, hash) in manifest.Files) files.AddPlainRow(file, hash);
            foreach (var missing in manifest.Missing) files.AddPlainRow(missing, "(missing: named by the source, not supplied)");
            output.Console.Write(files);
            RegistryView.History(output, state.Events.Where(e => e.Version == v.Version || e.Changes.Any(c => c.Version == v.Version)).ToList());
            return 0;
        });
        return command;
    }
}
