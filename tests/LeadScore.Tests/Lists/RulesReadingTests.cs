using LeadScore.Lists;
using LeadScore.Lists.Rules;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Lists;

public class RulesReadingTests
{
    [Fact]
    public void The_builtin_file_holds_the_six_january_tiers_in_order_with_their_rates()
    {
        var rules = RuleSet.Builtin();
        Assert.Equal("v3.2.5", rules.Version);
        Assert.Equal(PatternMatch.Word, rules.Match);
        Assert.Equal(["TIER_1A_PRIME_MOVER_CFP", "TIER_1B_PRIME_MOVER_SERIES65", "TIER_1_PRIME_MOVER", "TIER_1F_HV_WEALTH_BLEEDER", "TIER_2_PROVEN_MOVER", "TIER_3_MODERATE_BLEEDER"],
            rules.Tiers.Select(t => t.Name));
        Assert.Equal([1, 2, 3, 4, 5, 6], rules.Tiers.Select(t => t.Priority));
        Assert.Equal([0.087, 0.079, 0.071, 0.065, 0.052, 0.044], rules.Tiers.Select(t => t.TierRate));
        Assert.Equal([0.0274, 0.1176, 0.0476, 0.0606, 0.0591, 0.044], rules.Tiers.Select(t => t.FinalRate));
        Assert.Equal(new DefaultTier("STANDARD", 99, 0.025, 0.025), rules.Default);
        Assert.Equal(["TIER_4_EXPERIENCED_MOVER", "TIER_5_HEAVY_BLEEDER"], rules.Retired.Select(r => r.Name));
        Assert.Equal(3, rules.Tiers[1].When.Count);
        Assert.Equal("P1 or P2 or P3", rules.Tiers[2].Words);
    }

    [Fact]
    public void The_builtin_exclusions_are_the_9c983ea_firm_set_the_two_crds_and_the_later_ones_switched_off()
    {
        var x = RuleSet.Builtin().Exclusions;
        // 42 patterns in the 9c983ea table, of which 'UBS ' and 'UBS,' are one whole-word pattern here: 41 entries.
        Assert.Equal(41, x.FirmPatterns.Count);
        Assert.Contains("'UBS ' and 'UBS,'", x.FirmPatterns.Single(p => p.Pattern == "UBS").Reason);
        Assert.All(x.FirmPatterns, p => Assert.True(p.Enabled));
        Assert.Equal([318493L, 168652L], x.FirmCrds.Select(c => c.Crd));
        Assert.Equal(9, x.TitlePatterns.Count(p => p.Enabled));
        Assert.Equal(["CFO", "CHIEF INVESTMENT OFFICER", "CIO", "VICE PRESIDENT", "VP", "BRANCH MANAGER"], x.TitlePatterns.Where(p => !p.Enabled).Select(p => p.Pattern));
        Assert.False(x.Age!.Enabled);
        Assert.Equal(6, x.Age.Ranges.Count);
        Assert.False(x.Disclosures!.Enabled);
        Assert.Equal(7, x.Disclosures.Flags.Count);
    }

    [Fact]
    public void The_builtin_file_is_clean_under_check()
    {
        Assert.Empty(RuleCheck.Builtin());
    }

    [Fact]
    public void The_file_on_disk_and_the_embedded_one_are_the_same_bytes()
    {
        var onDisk = Path.Combine(RepositoryRoot(), "src", "LeadScore.Lists", "Rules", "v3.2.5.yaml");
        Assert.Equal(RuleSet.Read(onDisk).Sha256, RuleSet.Builtin().Sha256);
    }

    [Fact]
    public void Reading_a_file_with_an_error_names_the_file_the_line_and_the_field_in_one_line()
    {
        using var folder = new TempFolder();
        var path = folder.File("rules.yaml");
        File.WriteAllText(path, RulesText.Minimal.Replace("tenure_years: 1..4", "tenure_yaers: 1..4", StringComparison.Ordinal));
        var e = Assert.Throws<ListException>(() => RuleSet.Read(path));
        Assert.StartsWith($"{path} line 6, column 13: tiers.A.when.tenure_yaers: unknown input 'tenure_yaers'", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Reading_a_missing_file_says_so_in_one_line()
    {
        var e = Assert.Throws<ListException>(() => RuleSet.Read("no-such-rules.yaml"));
        Assert.StartsWith("no-such-rules.yaml: no such rules file", e.Message);
    }

    [Fact]
    public void A_minimal_file_reads_and_final_rate_defaults_to_the_tier_rate()
    {
        var rules = RuleSet.Parse(RulesText.Minimal, "minimal.yaml");
        Assert.Equal(0.1, rules.Tiers[0].FinalRate);
        Assert.Empty(rules.Exclusions.FirmPatterns);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "leadscore.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("leadscore.slnx not found above the test binaries");
    }
}
