using LeadScore.Lists.Rules;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Lists;

/// <summary>The firm, title, age and disclosure exclusions of the rules (spec §5.2 B, E and §5.5), each with its reason.</summary>
public class ListExclusionTests : IDisposable
{
    private readonly ListWarehouse w = new();

    public void Dispose()
    {
        w.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The built-in rules with the age or disclosure exclusion switched on, as a user's copy of the file would.</summary>
    private static RuleSet Enabled(string section)
    {
        string text = RuleSet.BuiltinText();
        string off = $"  {section}:", on = text[..text.IndexOf(off, StringComparison.Ordinal)];
        string rest = text[on.Length..];
        int flag = rest.IndexOf("enabled: false", StringComparison.Ordinal);
        return RuleSet.Parse(on + rest[..flag] + "enabled: true" + rest[(flag + "enabled: false".Length)..], $"{section}-on.yaml");
    }

    [Theory]
    [InlineData("UBS Financial Services", "word", "firm name matches excluded pattern 'UBS' (wirehouse)")]
    [InlineData("UBS Financial Services", "substring", "firm name matches excluded pattern 'UBS' (wirehouse)")]
    [InlineData("Hubspoke Capital Partners", "word", null)]
    [InlineData("Hubspoke Capital Partners", "substring", "firm name matches excluded pattern 'UBS' (wirehouse)")]
    [InlineData("Helpline Planning Group", "word", null)]
    [InlineData("Helpline Planning Group", "substring", null)]   // the rules' pattern is LPL FINANCIAL, not LPL
    [InlineData("Global Reinsurance Advisors", "word", null)]
    [InlineData("Global Reinsurance Advisors", "substring", "firm name matches excluded pattern 'INSURANCE' (insurer)")]
    [InlineData("Morgan Stanley Wealth Management", "word", "firm name matches excluded pattern 'MORGAN STANLEY' (wirehouse)")]
    public void A_firm_name_is_excluded_by_whole_words_unless_the_policy_matches_substrings(string firmName, string match, string? reason)
    {
        w.Advisor(1, firmName: firmName).Score(1, 90);
        w.Build(ListWarehouse.Roomy() with { PatternMatch = match }, perSga: 1, allowShort: true);
        if (reason is null) w.Listed(1);
        else Assert.Equal(("firm_exclusion", reason), w.Dropped(1));
    }

    [Theory]
    [InlineData(null, "firm name matches excluded pattern 'UBS' (wirehouse)")]   // the policy follows the rules file
    [InlineData("word", null)]                                                    // the policy's own choice wins
    public void A_rules_file_matching_substrings_rules_unless_the_policy_says_otherwise(string? policyMatch, string? reason)
    {
        var rules = RuleSet.Parse(RuleSet.BuiltinText().Replace("match: word", "match: substring", StringComparison.Ordinal), "substring.yaml");
        Assert.Equal(PatternMatch.Substring, rules.Match);
        w.Advisor(1, firmName: "Hubspoke Capital Partners").Score(1, 90);
        w.Build(ListWarehouse.Roomy() with { PatternMatch = policyMatch }, perSga: 1, allowShort: true, rules: rules);
        if (reason is null) w.Listed(1);
        else Assert.Equal(("firm_exclusion", reason), w.Dropped(1));
    }

    [Fact]
    public void The_companys_own_firm_crd_is_excluded_whatever_its_name()
    {
        w.Advisor(1, firm: 318493, firmName: "Blue Harbor Advisors").Score(1, 90);
        w.Build(perSga: 1, allowShort: true);
        Assert.Equal(("firm_exclusion", "firm CRD 318493 is excluded (self)"), w.Dropped(1));
    }

    [Fact]
    public void An_excluded_title_drops_the_advisor_with_the_pattern_it_matched()
    {
        w.Advisor(1, title: "Senior Paraplanner").Score(1, 90);
        w.Build(perSga: 1, allowShort: true);
        Assert.Equal(("title_exclusion", "title matches excluded pattern 'PARAPLANNER' (support role)"), w.Dropped(1));
    }

    [Theory]
    [InlineData("keep", null)]
    [InlineData("drop", "no job title (the original dropped NULL titles)")]
    public void A_missing_title_is_kept_by_default_and_dropped_when_the_policy_says_so(string nullTitles, string? reason)
    {
        w.Advisor(1, title: null).Score(1, 90);
        w.Build(ListWarehouse.Roomy() with { NullTitles = nullTitles }, perSga: 1, allowShort: true);
        if (reason is null) w.Listed(1);
        else Assert.Equal(("title_exclusion", reason), w.Dropped(1));
    }

    [Fact]
    public void Advisors_of_70_and_over_are_kept_by_the_built_in_rules_and_dropped_when_a_rules_file_enables_the_age_exclusion()
    {
        w.Advisor(1, age: "75-79").Score(1, 90).Advisor(2, age: "65-69").Score(2, 90).Advisor(3, age: null).Score(3, 90);
        w.Build(perSga: 3);
        w.Listed(1);

        var rerun = w.Build(perSga: 2, rules: Enabled("age"));
        Assert.True(rerun.Published, rerun.Record.Reason);
        Assert.Equal(("age_exclusion", "age range 75-79 is excluded"), w.Dropped(1));
        w.Listed(2);
        w.Listed(3);
    }

    [Fact]
    public void Disclosures_are_kept_by_the_built_in_rules_and_dropped_when_a_rules_file_enables_them_except_bankruptcy()
    {
        w.Advisor(1, disclosure: "criminal").Score(1, 90).Advisor(2, disclosure: "bankrupt").Score(2, 90);
        w.Build(perSga: 2);
        w.Listed(1);

        w.Build(perSga: 1, rules: Enabled("disclosures"));
        Assert.Equal(("disclosure_exclusion", "disclosure: criminal"), w.Dropped(1));
        w.Listed(2);
    }
}
