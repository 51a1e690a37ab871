using LeadScore.Lists.Rules;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

public class RulesCommandTests
{
    [Fact]
    public void Rules_show_prints_the_builtin_version_hash_tiers_signals_and_exclusions()
    {
        var run = CliRun.Of("rules", "show");
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("rules v3.2.5:", run.Out);
        Assert.Contains($"sha256 {RuleSet.Builtin().Sha256}", run.Out);
        Assert.Matches(@"│ 1\s*│ TIER_1A_PRIME_MOVER_CFP\s*│ 1\s*│ tenure_years 1 to 4 and experience_years ≥ 5", run.Out);
        Assert.Matches(@"│ 3\s*│ TIER_1_PRIME_MOVER\s*│ 3\s*│ P1 or P2 or P3\s*│ 0\.071\s*│ 0\.0476", run.Out);
        Assert.Matches(@"│ 7\s*│ STANDARD\s*│ 99\s*│ everything else", run.Out);
        Assert.Contains("WEALTH MANAGER, DIRECTOR*WEALTH, SENIOR WEALTH ADVISOR", run.Out);
        Assert.Matches(@"│ firm CRD\s*│ 318493\s*│ self\s*│ 2025-12-30 │ yes", run.Out);
        Assert.Matches(@"│ title\s*│ CIO\s*│ executive\s*│ 2026-01-31 │ no", run.Out);
        Assert.Contains("TIER_4_EXPERIENCED_MOVER", run.Out);
    }

    [Fact]
    public void Rules_show_reads_a_file_given_with_rules()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("r.yaml"), Lists.RulesText.Minimal);
        var run = CliRun.Of("rules", "show", "--rules", folder.File("r.yaml"));
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("rules t1:", run.Out);
        Assert.Contains($"file {folder.File("r.yaml")}", run.Out);
    }

    [Fact]
    public void Rules_show_refuses_a_file_with_an_error_in_one_line()
    {
        using var folder = new TempFolder();
        var path = folder.File("r.yaml");
        File.WriteAllText(path, Lists.RulesText.Minimal.Replace("tier_rate: 0.1", "tier_rate: 1.5", StringComparison.Ordinal));
        var run = CliRun.Of("rules", "show", "--rules", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: {path} line 5, column 16: tiers.A.tier_rate: 1.5 is outside [0, 1]; a rate is a fraction (0.087 for 8.7%); fix the rules file (leadscore rules check lists every problem).",
            Assert.Single(run.ErrLines));
    }

    [Fact]
    public void Rules_check_of_the_builtin_file_finds_nothing_and_exits_0()
    {
        var run = CliRun.Of("rules", "check");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("v3.2.5.yaml (built in): no problems found", run.Out.Trim());
    }

    [Fact]
    public void Rules_check_lists_every_finding_with_its_line_and_exits_1()
    {
        using var folder = new TempFolder();
        var path = folder.File("r.yaml");
        File.WriteAllText(path, Lists.RulesText.With("  - { name: B, priority: 1, tier_rate: 0.05, when: { tenure_years: 2..3 } }\n")
            .Replace("default: { name: STANDARD, priority: 99, tier_rate: 0.025 }\n", "", StringComparison.Ordinal) + "default: { name: STANDARD, priority: 99, tier_rate: 0.025 }\nextra: 1\n");
        var run = CliRun.Of("rules", "check", path);
        Assert.Equal(1, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{path}:7:5: error: tiers.B: tier B can never match: it lies inside A (tenure_years 1 to 4)", lines[0]);
        Assert.StartsWith($"{path}:7:26: error: tiers.B.priority: duplicate priority 1", lines[1]);
        Assert.StartsWith($"{path}:9:1: error: extra: unknown field 'extra'", lines[2]);
        Assert.Equal($"{path}: 3 error(s), 0 warning(s)", lines[3]);
        Assert.StartsWith($"error: {path}: 3 error(s), listed above", Assert.Single(run.ErrLines));
    }

    [Fact]
    public void Rules_check_of_a_file_with_only_warnings_exits_0()
    {
        using var folder = new TempFolder();
        var path = folder.File("r.yaml");
        File.WriteAllText(path, Lists.RulesText.Minimal.Replace("default:", "  - { name: B, priority: 2, tier_rate: 0.05, when: [ { tenure_years: 2..3 }, { tenure_years: 7 } ] }\ndefault:", StringComparison.Ordinal));
        var run = CliRun.Of("rules", "check", path);
        Assert.True(run.ExitCode == 0, run.Out + run.Err);
        Assert.Contains(": warning: tiers.B.when[1]: this alternative never matches", run.Out);
    }

    [Fact]
    public void Rules_check_of_a_missing_file_is_one_clear_line()
    {
        var run = CliRun.Of("rules", "check", "no-such-rules.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: rules file no-such-rules.yaml: no such file or folder", Assert.Single(run.ErrLines));
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Rules_show_of_a_missing_file_names_the_option()
    {
        var run = CliRun.Of("rules", "show", "--rules", "no-such-rules.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: --rules no-such-rules.yaml: no such file or folder", Assert.Single(run.ErrLines));
    }
}
