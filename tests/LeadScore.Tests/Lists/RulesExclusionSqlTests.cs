using LeadScore.Lists.Rules;

namespace LeadScore.Tests.Lists;

/// <summary>The compiled exclusions run in DuckDB: whole words against the original's substrings, CRDs, and the later exclusions on and off.</summary>
public class RulesExclusionSqlTests
{
    private static readonly RuleSet Rules = RuleSet.Builtin();

    // The same rules with the V3.5-V3.7 exclusions switched on.
    private static readonly RuleSet Later = RuleSet.Parse(RuleSet.BuiltinText().Replace("enabled: false", "enabled: true", StringComparison.Ordinal), "later.yaml");

    private static string? Firm(string? name, PatternMatch mode) =>
        RulesSql.Scalar<string>($"SELECT {Rules.FirmNameExclusionSql(mode, "f")} FROM (SELECT {RulesSql.Text(name)} AS f)");

    private static string? Title(RuleSet rules, string? title, PatternMatch mode) =>
        RulesSql.Scalar<string>($"SELECT {rules.TitleExclusionSql(mode, "t")} FROM (SELECT {RulesSql.Text(title)} AS t)");

    [Theory]
    [InlineData("UBS Financial Services Inc.", "firm name matches excluded pattern 'UBS' (wirehouse)")]
    [InlineData("ubs, wealth management", "firm name matches excluded pattern 'UBS' (wirehouse)")]
    [InlineData("LPL Financial LLC", "firm name matches excluded pattern 'LPL FINANCIAL' (broker-dealer)")]
    [InlineData("J.P. Morgan Securities", "firm name matches excluded pattern 'J.P. MORGAN' (wirehouse)")]
    [InlineData("Acme Insurance Agency", "firm name matches excluded pattern 'INSURANCE' (insurer)")]
    [InlineData("Subsidiary Advisors LLC", null)]
    [InlineData("HubSpoke Wealth", null)]
    [InlineData("Global Reinsurance Partners", null)]
    [InlineData(null, null)]
    public void Whole_word_firm_patterns_match_words_not_parts_of_words(string? firm, string? reason)
    {
        Assert.Equal(reason, Firm(firm, PatternMatch.Word));
    }

    [Theory]
    [InlineData("Subsidiary Advisors LLC", "firm name matches excluded pattern 'UBS' (wirehouse)")]
    [InlineData("Help Line Advisors", null)]
    [InlineData("Global Reinsurance Partners", "firm name matches excluded pattern 'INSURANCE' (insurer)")]
    [InlineData("Morgan Stanleyville Advisors", "firm name matches excluded pattern 'MORGAN STANLEY' (wirehouse)")]
    public void Substring_mode_matches_anywhere_as_the_original_did_false_positives_included(string firm, string? reason)
    {
        Assert.Equal(reason, Firm(firm, PatternMatch.Substring));
    }

    [Fact]
    public void Substring_mode_hits_ubs_inside_a_word_when_the_file_says_ubs()
    {
        var rules = RuleSet.Parse(RulesText.With("exclusions:\n  firm_patterns:\n    - { pattern: UBS, category: wirehouse, added: 2025-12-30, reason: r }\n    - { pattern: LPL, category: bd, added: 2025-12-30, reason: r }\n"), "t.yaml");
        string? Run(string firm, PatternMatch mode) => RulesSql.Scalar<string>($"SELECT {rules.FirmNameExclusionSql(mode, "f")} FROM (SELECT '{firm}' AS f)");
        Assert.NotNull(Run("SUBSIDIARY ADVISORS", PatternMatch.Substring));
        Assert.NotNull(Run("HELPLINE WEALTH", PatternMatch.Substring));
        Assert.Null(Run("SUBSIDIARY ADVISORS", PatternMatch.Word));
        Assert.Null(Run("HELPLINE WEALTH", PatternMatch.Word));
        Assert.NotNull(Run("LPL", PatternMatch.Word));
    }

    [Theory]
    [InlineData("Paraplanner", "title matches excluded pattern 'PARAPLANNER' (support role)")]
    [InlineData("Senior Insurance Agent", "title matches excluded pattern 'INSURANCE AGENT' (insurance)")]
    [InlineData("Director of Operations", "title matches excluded pattern 'OPERATIONS' (support role)")]
    [InlineData("Wealth Advisor", null)]
    [InlineData("CIO", null)]                                   // the later titles are switched off
    [InlineData(null, null)]
    public void Title_exclusions_of_the_january_list(string? title, string? reason)
    {
        Assert.Equal(reason, Title(Rules, title, PatternMatch.Word));
    }

    [Theory]
    [InlineData("CIO", PatternMatch.Word, "title matches excluded pattern 'CIO' (executive)")]
    [InlineData("Partner & CIO", PatternMatch.Word, "title matches excluded pattern 'CIO' (executive)")]
    [InlineData("Advisor, Ciocca Wealth", PatternMatch.Word, null)]
    [InlineData("Advisor, Ciocca Wealth", PatternMatch.Substring, "title matches excluded pattern 'CIO' (executive)")]
    [InlineData("VP Wealth", PatternMatch.Word, "title matches excluded pattern 'VP' (executive)")]
    [InlineData("VPN Administrator", PatternMatch.Word, null)]
    [InlineData("VPN Administrator", PatternMatch.Substring, "title matches excluded pattern 'VP' (executive)")]
    public void The_later_titles_when_switched_on_match_whole_words_unlike_the_original(string title, PatternMatch mode, string? reason)
    {
        Assert.Equal(reason, Title(Later, title, mode));
    }

    [Fact]
    public void Firm_crds_are_excluded_with_their_category()
    {
        string? Crd(string crd) => RulesSql.Scalar<string>($"SELECT {Rules.FirmCrdExclusionSql("c")} FROM (SELECT CAST({crd} AS BIGINT) AS c)");
        Assert.Equal("firm CRD 318493 is excluded (self)", Crd("318493"));
        Assert.Equal("firm CRD 168652 is excluded (partner)", Crd("168652"));
        Assert.Null(Crd("7059"));
        Assert.Null(Crd("NULL"));
    }

    [Fact]
    public void Disabled_exclusions_produce_nothing()
    {
        Assert.Equal("CAST(NULL AS VARCHAR)", Rules.AgeExclusionSql());
        Assert.Equal("CAST(NULL AS VARCHAR)", Rules.DisclosureExclusionSql());
        Assert.Null(RulesSql.Scalar<string>($"SELECT {Rules.AgeExclusionSql("a")} FROM (SELECT '75-79' AS a)"));
    }

    [Fact]
    public void The_age_exclusion_switched_on_excludes_70_and_over_and_keeps_a_missing_age()
    {
        string? Age(string? range) => RulesSql.Scalar<string>($"SELECT {Later.AgeExclusionSql("a")} FROM (SELECT {RulesSql.Text(range)} AS a)");
        Assert.Equal("age range 70-74 is excluded", Age("70-74"));
        Assert.Equal("age range 95-99 is excluded", Age("95-99"));
        Assert.Null(Age("65-69"));
        Assert.Null(Age(null));
    }

    [Fact]
    public void The_disclosure_exclusion_switched_on_names_the_first_disclosure_and_allows_bankruptcy()
    {
        string? Disclosed(string flag) => RulesSql.Scalar<string>(
            $"SELECT {Later.DisclosureExclusionSql("d_")} FROM (SELECT {string.Join(", ", DisclosureExclusion.Known.Select(k => $"{(k == flag ? "TRUE" : "FALSE")} AS d_{k}"))})");
        Assert.Equal("disclosure: criminal", Disclosed("criminal"));
        Assert.Equal("disclosure: customer_dispute", Disclosed("customer_dispute"));
        Assert.Null(Disclosed("bankrupt"));
        Assert.Null(Disclosed("judgment_or_lien"));
    }

    [Fact]
    public void All_exclusions_together_give_the_first_reason_or_null()
    {
        string? First(string firm, long crd, string title) => RulesSql.Scalar<string>(
            $"SELECT {Rules.ExclusionSql(PatternMatch.Word)} FROM (SELECT '{firm}' AS primary_firm_name, CAST({crd} AS BIGINT) AS primary_firm, '{title}' AS title_name, " +
            "'70-74' AS age_range, TRUE AS contact_has_disclosed_criminal)");
        Assert.Equal("firm name matches excluded pattern 'MORGAN STANLEY' (wirehouse)", First("Morgan Stanley", 318493, "Paraplanner"));
        Assert.Equal("firm CRD 318493 is excluded (self)", First("Acme", 318493, "Paraplanner"));
        Assert.Equal("title matches excluded pattern 'PARAPLANNER' (support role)", First("Acme", 1, "Paraplanner"));
        Assert.Null(First("Acme", 1, "Advisor"));
    }

    [Theory]
    [InlineData("Senior Wealth Manager", true)]
    [InlineData("Director, Private Wealth", true)]
    [InlineData("Managing Director - Wealth Management", true)]
    [InlineData("Financial Advisor", false)]
    [InlineData(null, null)]
    public void The_high_value_wealth_title_signal(string? title, bool? expected)
    {
        foreach (var mode in new[] { PatternMatch.Word, PatternMatch.Substring })
            Assert.Equal(expected, RulesSql.Scalar<bool?>($"SELECT {Rules.HvWealthTitleSql(mode, "t")} FROM (SELECT {RulesSql.Text(title)} AS t)"));
    }
}
