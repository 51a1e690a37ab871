using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Registry;

namespace LeadScore.Cli.Commands.Registry;

/// <summary><c>leadscore registry verify</c>: the log, the lifecycle, every version's checksums; exit 1 on any problem.</summary>
public static class RegistryVerifyCommand
{
    public static Command Create(CliOutput output)
    {
        var path = RegistryCommand.PathOption();
        var command = new Command("verify", "Check every log line, the lifecycle of every event, and every version's checksums") { path };
        command.SetAction(parse =>
        {
            var report = ModelRegistry.Open(parse.GetValue(path)!).Verify();
            foreach (var p in report.Problems) output.Line($"PROBLEM: {p}");
            foreach (var n in report.Notes) output.Line($"note: {n}");
            output.Line($"{(report.Valid ? "valid" : "NOT VALID")}: {report.Events} events, {report.Versions} versions, champion {report.Champion ?? "(none)"}");
            return report.Valid ? 0 : 1;
        });
        return command;
    }
}
