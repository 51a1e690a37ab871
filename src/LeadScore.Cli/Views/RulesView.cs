using System.Globalization;
using LeadScore.Cli.Terminal;
using LeadScore.Lists.Rules;
using Spectre.Console;

namespace LeadScore.Cli.Views;

/// <summary>A rules file as tables (tiers in order, definitions, retired tiers, signals, exclusions) and a check's findings as lines.</summary>
public static class RulesView
{
    public static void Show(CliOutput output, RuleSet rules)
    {
        output.Line($"rules {rules.Version}: {rules.Description}");
        output.Line($"file {rules.Source}; sha256 {rules.Sha256}; patterns match {(rules.Match == PatternMatch.Word ? "whole words" : "substrings")}");
        var tiers = new Table().Title("tiers (first match wins)").AddPlainColumns("order", "tier", "priority", "rule", "tier rate", "final rate");
        for (var i = 0; i < rules.Tiers.Count; i++)
        {
            var t = rules.Tiers[i];
            tiers.AddPlainRow((i + 1).ToString(CultureInfo.InvariantCulture), t.Name, t.Priority.ToString(CultureInfo.InvariantCulture), t.Words, Rate(t.TierRate), Rate(t.FinalRate));
        }
        var d = rules.Default;
        tiers.AddPlainRow((rules.Tiers.Count + 1).ToString(CultureInfo.InvariantCulture), d.Name, d.Priority.ToString(CultureInfo.InvariantCulture), "everything else", Rate(d.TierRate), Rate(d.FinalRate));
        output.Console.Write(tiers);

        if (rules.Definitions.Count > 0)
        {
            var definitions = new Table().Title("definitions").AddPlainColumns("name", "conditions");
            foreach (var definition in rules.Definitions) definitions.AddPlainRow(definition.Name, definition.Words);
            output.Console.Write(definitions);
        }
        if (rules.Retired.Count > 0)
        {
            var retired = new Table().Title("retired tiers (not evaluated)").AddPlainColumns("tier", "old rule", "reason");
            foreach (var r in rules.Retired) retired.AddPlainRow(r.Name, r.Words, r.Reason);
            output.Console.Write(retired);
        }
        var signals = new Table().Title("signals").AddPlainColumns("input", "title patterns ('*' = any characters)");
        foreach (var s in rules.Signals) signals.AddPlainRow(s.Input, string.Join(", ", s.Patterns));
        output.Console.Write(signals);
        Exclusions(output, rules.Exclusions);
    }

    public static void Findings(CliOutput output, string source, IReadOnlyList<RuleFinding> findings)
    {
        foreach (var f in findings) output.Line(f.Describe(source));
        var errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        output.Line(findings.Count == 0 ? $"{source}: no problems found" : $"{source}: {errors} error(s), {findings.Count - errors} warning(s)");
    }

    private static void Exclusions(CliOutput output, Exclusions x)
    {
        var table = new Table().Title("exclusions").AddPlainColumns("on", "value", "category", "added", "enabled", "reason");
        foreach (var p in x.FirmPatterns) table.AddPlainRow("firm name", p.Pattern, p.Category, Date(p.Added), YesNo(p.Enabled), p.Reason);
        foreach (var c in x.FirmCrds) table.AddPlainRow("firm CRD", c.Crd.ToString(CultureInfo.InvariantCulture), c.Category, Date(c.Added), YesNo(c.Enabled), c.Reason);
        foreach (var p in x.TitlePatterns) table.AddPlainRow("title", p.Pattern, p.Category, Date(p.Added), YesNo(p.Enabled), p.Reason);
        if (x.Age is { } age) table.AddPlainRow("age range", string.Join(", ", age.Ranges), "age", Date(age.Added), YesNo(age.Enabled), age.Reason);
        if (x.Disclosures is { } d) table.AddPlainRow("disclosure", string.Join(", ", d.Flags), "disclosure", Date(d.Added), YesNo(d.Enabled), d.Reason);
        output.Console.Write(table);
    }

    private static string Rate(double rate) => rate.ToString("0.0###", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string YesNo(bool enabled) => enabled ? "yes" : "no";
}
