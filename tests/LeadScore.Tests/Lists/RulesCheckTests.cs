using LeadScore.Lists.Rules;

namespace LeadScore.Tests.Lists;

public class RulesCheckTests
{
    private static RuleFinding OnlyError(string text)
    {
        var findings = RuleCheck.Text(text, "t.yaml");
        return Assert.Single(findings, f => f.Severity == FindingSeverity.Error);
    }

    // The minimal file with a second tier B from line 7 (priority on 8, when on 10).
    private static string Tier(string when, string name = "B", int priority = 2) =>
        RulesText.Minimal.Replace("default:", $"  - name: {name}\n    priority: {priority}\n    tier_rate: 0.05\n    when: {when}\ndefault:", StringComparison.Ordinal);

    [Fact]
    public void A_yaml_syntax_error_is_reported_at_its_line()
    {
        var f = OnlyError(RulesText.Minimal.Replace("{ tenure_years: 1..4 }", "{ tenure_years: 1..4", StringComparison.Ordinal));
        Assert.Equal("(syntax)", f.Field);
        Assert.InRange(f.Line, 6, 7);
    }

    [Fact]
    public void A_yaml_indentation_error_is_reported_at_its_line()
    {
        var f = OnlyError(RulesText.Minimal.Replace("    priority: 1", "   priority: 1", StringComparison.Ordinal));
        Assert.Equal((4, "(syntax)"), (f.Line, f.Field));
    }

    [Fact]
    public void An_unknown_top_level_field_is_named_with_its_line()
    {
        var f = OnlyError(RulesText.With("exclusion: []\n"));
        Assert.Equal((8, "exclusion"), (f.Line, f.Field));
        Assert.Contains("unknown field 'exclusion'", f.Message);
    }

    [Fact]
    public void An_unknown_field_inside_a_tier_is_named_with_its_line()
    {
        var f = OnlyError(RulesText.Minimal.Replace("tier_rate: 0.1", "tier_rate: 0.1\n    rate: 0.2", StringComparison.Ordinal));
        Assert.Equal((6, "tiers.A.rate"), (f.Line, f.Field));
    }

    [Fact]
    public void A_missing_required_field_is_reported_at_its_map()
    {
        var f = OnlyError(RulesText.Minimal.Replace("    priority: 1\n", "", StringComparison.Ordinal));
        Assert.Equal((3, "tiers.A.priority"), (f.Line, f.Field));
        Assert.Contains("missing required field 'priority'", f.Message);
    }

    [Fact]
    public void An_unknown_input_is_an_error_that_lists_the_inputs()
    {
        var f = OnlyError(Tier("{ tenure_yrs: 1..3 }"));
        Assert.Equal((10, "tiers.B.when.tenure_yrs"), (f.Line, f.Field));
        Assert.Contains("experience_years", f.Message);
    }

    [Theory]
    [InlineData("1...3")]
    [InlineData("one..3")]
    [InlineData("\"=> 3\"")]
    [InlineData("\"<\"")]
    public void A_malformed_range_is_an_error(string range)
    {
        var f = OnlyError(Tier($"{{ tenure_years: {range} }}"));
        Assert.Equal((10, "tiers.B.when.tenure_years"), (f.Line, f.Field));
        Assert.Contains("malformed range", f.Message);
    }

    [Fact]
    public void A_fraction_on_a_whole_number_input_is_an_error()
    {
        var f = OnlyError(Tier("{ tenure_years: \">= 1.5\" }"));
        Assert.Contains("whole number", f.Message);
    }

    [Fact]
    public void A_range_whose_low_end_is_above_its_high_end_is_an_error_and_its_tier_can_never_match()
    {
        var findings = RuleCheck.Text(Tier("{ tenure_years: 5..3 }"), "t.yaml");
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Line == 10 && f.Field == "tiers.B.when.tenure_years" && f.Message.Contains("low end above its high end"));
        Assert.Contains(findings, f => f.Line == 7 && f.Field == "tiers.B" && f.Message.Contains("can never match: it contradicts itself"));
    }

    [Fact]
    public void A_contradiction_between_a_definition_and_a_tier_means_the_tier_can_never_match()
    {
        var text = "definitions:\n  P: { tenure_years: 1..3 }\n" + Tier("{ use: P, tenure_years: 5..6 }");
        var f = OnlyError(text);
        Assert.Equal((9, "tiers.B"), (f.Line, f.Field));
        Assert.Contains("contradicts itself", f.Message);
    }

    [Fact]
    public void An_unknown_definition_in_use_is_an_error()
    {
        var f = OnlyError(Tier("{ use: P9, has_cfp: true }"));
        Assert.Equal((10, "tiers.B.when.use"), (f.Line, f.Field));
        Assert.Contains("unknown definition 'P9'", f.Message);
    }

    [Fact]
    public void A_duplicate_tier_name_is_an_error()
    {
        var f = OnlyError(Tier("{ has_cfp: true }", name: "A"));
        Assert.Equal((7, "tiers.A.name"), (f.Line, f.Field));
        Assert.Contains("duplicate tier name 'A' (first at line 3)", f.Message);
    }

    [Fact]
    public void A_duplicate_priority_is_an_error()
    {
        var f = OnlyError(Tier("{ has_cfp: true }", priority: 1));
        Assert.Equal((8, "tiers.B.priority"), (f.Line, f.Field));
    }

    [Fact]
    public void The_default_may_not_share_a_tier_priority()
    {
        var f = OnlyError(RulesText.Minimal.Replace("priority: 99", "priority: 1", StringComparison.Ordinal));
        Assert.Equal((7, "default.priority"), (f.Line, f.Field));
    }

    [Theory]
    [InlineData("tier_rate: 1.5")]
    [InlineData("tier_rate: -0.1")]
    public void A_rate_outside_zero_to_one_is_an_error(string rate)
    {
        var f = OnlyError(RulesText.Minimal.Replace("tier_rate: 0.1", rate, StringComparison.Ordinal));
        Assert.Equal((5, "tiers.A.tier_rate"), (f.Line, f.Field));
        Assert.Contains("outside [0, 1]", f.Message);
    }

    [Fact]
    public void A_later_tier_inside_an_earlier_one_can_never_match()
    {
        var f = OnlyError(Tier("{ tenure_years: 2..3, has_cfp: true }"));
        Assert.Equal((7, "tiers.B"), (f.Line, f.Field));
        Assert.Contains("lies inside A (tenure_years 1 to 4)", f.Message);
    }

    [Fact]
    public void Integers_are_integers_so_less_than_zero_lies_inside_at_most_minus_one()
    {
        var text = RulesText.Minimal.Replace("tenure_years: 1..4", "firm_net_change_12mo: \"<= -1\"", StringComparison.Ordinal);
        var f = OnlyError(text.Replace("default:", "  - { name: B, priority: 2, tier_rate: 0.05, when: { firm_net_change_12mo: \"< 0\" } }\ndefault:", StringComparison.Ordinal));
        Assert.Equal((7, "tiers.B"), (f.Line, f.Field));
    }

    [Fact]
    public void A_tier_that_only_partly_overlaps_an_earlier_one_is_fine_and_an_absent_condition_means_anything()
    {
        Assert.Empty(RuleCheck.Text(Tier("{ tenure_years: 3..5 }"), "t.yaml"));
        Assert.Empty(RuleCheck.Text(Tier("{ experience_years: \">= 5\" }"), "t.yaml"));
    }

    [Fact]
    public void An_alternative_covered_by_an_earlier_tier_is_a_warning_when_others_still_match()
    {
        var findings = RuleCheck.Text(Tier("[ { tenure_years: 2..3 }, { tenure_years: 6..9 } ]"), "t.yaml");
        var f = Assert.Single(findings);
        Assert.Equal((FindingSeverity.Warning, 10, "tiers.B.when[1]"), (f.Severity, f.Line, f.Field));
    }

    [Fact]
    public void An_empty_or_blank_pattern_is_an_error()
    {
        var empty = OnlyError(RulesText.With("exclusions:\n  firm_patterns:\n    - { pattern: \"\", category: x, added: 2025-12-30, reason: r }\n"));
        Assert.Equal((10, "exclusions.firm_patterns[1].pattern"), (empty.Line, empty.Field));
        var blank = OnlyError(RulesText.With("signals:\n  is_hv_wealth_title: [ \"WEALTH MANAGER\", \"  \" ]\n"));
        Assert.Equal((9, "signals.is_hv_wealth_title"), (blank.Line, blank.Field));
    }

    [Fact]
    public void A_duplicate_pattern_is_an_error_whatever_its_case()
    {
        var f = OnlyError(RulesText.With("""
            exclusions:
              title_patterns:
                - { pattern: PARAPLANNER, category: support role, added: 2025-12-30, reason: r }
                - { pattern: Paraplanner, category: support role, added: 2025-12-30, reason: r }

            """));
        Assert.Equal((11, "exclusions.title_patterns[2].pattern"), (f.Line, f.Field));
        Assert.Contains("first at line 10", f.Message);
    }

    [Fact]
    public void A_bad_date_is_an_error()
    {
        var f = OnlyError(RulesText.With("exclusions:\n  firm_crds:\n    - { crd: 318493, category: self, added: 30/12/2025, reason: r }\n"));
        Assert.Equal((10, "exclusions.firm_crds[1].added"), (f.Line, f.Field));
        Assert.Contains("not an ISO date", f.Message);
    }

    [Fact]
    public void An_unknown_disclosure_flag_is_an_error()
    {
        var f = OnlyError(RulesText.With("exclusions:\n  disclosures: { flags: [ criminal, felony ], added: 2026-01-31, reason: r }\n"));
        Assert.Equal((9, "exclusions.disclosures.flags"), (f.Line, f.Field));
        Assert.Contains("unknown disclosure flag 'felony'", f.Message);
    }

    [Fact]
    public void A_missing_field_of_an_exclusion_entry_is_an_error()
    {
        var f = OnlyError(RulesText.With("exclusions:\n  firm_patterns:\n    - { pattern: UBS, category: wirehouse, reason: r }\n"));
        Assert.Equal((10, "exclusions.firm_patterns[1].added"), (f.Line, f.Field));
    }

    [Fact]
    public void A_malformed_age_range_is_an_error()
    {
        var f = OnlyError(RulesText.With("exclusions:\n  age: { ranges: [ 70-74, 79-75 ], added: 2026-01-31, reason: r }\n"));
        Assert.Equal((9, "exclusions.age.ranges"), (f.Line, f.Field));
    }

    [Fact]
    public void Every_finding_is_listed_not_only_the_first()
    {
        var text = RulesText.With("extra: 1\n").Replace("tenure_years: 1..4", "tenure_yrs: 1..4", StringComparison.Ordinal).Replace("tier_rate: 0.1", "tier_rate: 2", StringComparison.Ordinal);
        Assert.Equal([5, 6, 8], RuleCheck.Text(text, "t.yaml").Select(f => f.Line));
    }
}
