using System.CommandLine;
using LeadScore.Cli.Terminal;
using LeadScore.Cli.Views;
using LeadScore.Lists;
using LeadScore.Lists.Rules;

namespace LeadScore.Cli.Commands;

/// <summary>
/// <c>leadscore rules show|check</c>: the V3 tier rules and exclusions as data. <c>show</c> prints a rules file (the
/// built-in v3.2.5 by default); <c>check</c> lists every finding of a file and exits 0 when none is an error, 1 otherwise.
/// </summary>
public static class RulesCommand
{
    public static Command Create(CliOutput output)
    {
        var rules = new Option<string?>("--rules") { Description = $"a rules file (YAML; default: the built-in {RuleSet.BuiltinName})" };
        var show = new Command("show", "Print the tiers, signals and exclusions of a rules file, with its version and SHA-256") { rules };
        show.SetAction(parse =>
        {
            var path = InputPaths.OptionalFile("--rules", parse.GetValue(rules));
            RulesView.Show(output, Refused(() => path is null ? RuleSet.Builtin() : RuleSet.Read(path)));
            return 0;
        });

        var file = new Argument<string?>("file") { Description = $"the rules file to check (default: the built-in {RuleSet.BuiltinName})", Arity = ArgumentArity.ZeroOrOne };
        var check = new Command("check", "Check a rules file: every error and warning with its line; exit code 1 when there is an error") { file };
        check.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            if (path is not null) InputPaths.File("rules file", path);
            var findings = Refused(() => path is null ? RuleCheck.Builtin() : RuleCheck.File(path));
            var source = path ?? $"{RuleSet.BuiltinName} (built in)";
            RulesView.Findings(output, source, findings);
            var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
            if (errors == 0) return 0;
            output.Err.WriteLine($"error: {CliException.RulesFileHasErrors(source, errors).Message}");
            return 1;
        });

        return new Command("rules", "The V3 tier rules and list exclusions as versioned data") { show, check };
    }

    // The lead-list layer's errors are the user's to fix: one line, exit code 1.
    private static T Refused<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ListException e)
        {
            throw CliException.RulesFile(e.Message);
        }
    }
}
