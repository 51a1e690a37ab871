using LeadScore.Lists;
using LeadScore.Lists.Policy;

namespace LeadScore.Tests.Lists;

public class ListPolicyTests
{
    [Fact]
    public void The_default_policy_carries_the_corrections_and_the_original_the_quirks()
    {
        var fixes = ListPolicy.Resolve("default");
        Assert.Null(fixes.PatternMatch);   // the rules file's: whole words in the built-in rules
        Assert.True(fixes.WholeWords(LeadScore.Lists.Rules.RuleSet.Builtin()));
        Assert.Equal("keep", fixes.NullTitles);
        Assert.True(fixes.Disagreement.BeforeAssignment);
        Assert.Equal("balanced", fixes.Assignment);
        Assert.Equal(20, fixes.DeprioritizeAtOrBelow);
        Assert.Equal(1500, fixes.Backfill.QuotaPer12Sgas);

        var original = ListPolicy.Resolve("original");
        Assert.False(original.WholeWords(LeadScore.Lists.Rules.RuleSet.Builtin()));
        Assert.Equal("drop", original.NullTitles);
        Assert.Equal("zero", original.SmallFirms);
        Assert.False(original.Disagreement.BeforeAssignment);
        Assert.Equal("round-robin", original.Assignment);
        Assert.Equal(19, original.DeprioritizeAtOrBelow);
        Assert.Equal(600, original.Backfill.QuotaPer12Sgas);
        Assert.NotEqual(fixes.Sha256, original.Sha256);
    }

    [Theory]
    [InlineData(50, 58)]
    [InlineData(60, 70)]
    [InlineData(300, 350)]
    [InlineData(1500, 1750)]
    [InlineData(600, 700)]
    [InlineData(240, 280)]
    public void Quotas_for_12_reps_scale_to_14_as_the_original_rounded_them(int per12, int for14) =>
        Assert.Equal(for14, ListPolicy.Scale(per12, 14));

    [Fact]
    public void Half_quotas_round_away_from_zero() => Assert.Equal(3, ListPolicy.Scale(30, 1)); // 2.5 -> 3

    [Fact]
    public void An_unknown_field_is_refused_with_its_line()
    {
        var text = ListPolicy.Embedded("default")
            .Replace("\"firm_cap\": 50", "\"firm_cap\": 50,\n  \"firm_capp\": 40", StringComparison.Ordinal);
        var e = Assert.Throws<ListException>(() => ListPolicy.Parse(text, "mine.json"));
        Assert.Contains("mine.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("firm_capp", e.Message, StringComparison.Ordinal);
        Assert.Contains("line ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"assignment\": \"balanced\"", "\"assignment\": \"fair\"", "assignment")]
    [InlineData("\"per_sga\": 200", "\"per_sga\": 0", "per_sga")]
    [InlineData("\"stage\": \"before-assignment\"", "\"stage\": \"sometime\"", "disagreement.stage")]
    [InlineData("\"pattern_match\": null", "\"pattern_match\": \"regex\"", "pattern_match")]
    [InlineData("\"firm_cap\": 50,", "", "firm_cap")]
    public void A_bad_value_names_the_field(string from, string to, string field)
    {
        var text = ListPolicy.Embedded("default")
            .Replace(from, to, StringComparison.Ordinal);
        var e = Assert.Throws<ListException>(() => ListPolicy.Parse(text, "mine.json"));
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_policy_file_is_one_clear_line()
    {
        var e = Assert.Throws<ListException>(() => ListPolicy.Resolve("/nonexistent/policy.json"));
        Assert.Contains("/nonexistent/policy.json", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }
}
