using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Registry;

namespace LeadScore.Cli.Commands.Registry;

/// <summary><c>leadscore registry promote</c>: a candidate becomes a challenger, or a candidate or challenger the champion.</summary>
public static class RegistryPromoteCommand
{
    public static Command Create(CliOutput output)
    {
        var path = RegistryCommand.PathOption();
        var by = RegistryCommand.ByOption();
        var version = new Argument<string>("version") { Description = "version or alias" };
        var to = CliOptions.Choice("--as", "the status to promote to", ["challenger", "champion"], "champion");
        var backtest = new Option<string?>("--backtest") { Description = "backtest report against the current champion (its SHA-256 is logged)" };
        var force = new Option<bool>("--force") { Description = "promote despite failed gates, a missing backtest or sign-offs (needs --reason; logged as forced)" };
        var reason = new Option<string?>("--reason") { Description = "why (logged)" };
        var command = new Command("promote", "Make a version a challenger (shadow) or the champion (live)") { path, by, version, to, backtest, force, reason };
        command.SetAction(parse =>
        {
            var report = parse.GetValue(backtest);
            if (report is not null && !File.Exists(report)) throw CliException.InvalidOption("--backtest", $"{report} does not exist");
            var status = parse.GetValue(to) == "challenger" ? ModelStatus.Challenger : ModelStatus.Champion;
            return RegistryView.Done(output, ModelRegistry.Open(parse.GetValue(path)!).Promote(parse.GetValue(version)!, status, parse.GetValue(by)!,
                parse.GetValue(reason), report, parse.GetValue(force)));
        });
        return command;
    }
}
