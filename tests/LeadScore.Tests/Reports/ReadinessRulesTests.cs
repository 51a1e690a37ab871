using LeadScore.Reports;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Reports;

public class ReadinessRulesTests
{
    // The facts of a clear win: every rule before clear-win passes over them.
    private static readonly ReadinessFacts Win = new("challenger-better", GatesPass: true, ArtefactsVerified: true, BacktestMatchesRegistry: true,
        SignOffsComplete: true, LeakageFlagged: false, SkewWarnings: 0, RateDifferenceLower: 0.001, RateDifferenceUpper: 0.006,
        AucDifferenceLower: 0.009, AucDifferenceUpper: 0.06, ProbabilityHigher: 0.97, Power: 0.4);

    public static TheoryData<string, string> Cases() => new()
    {
        { "clear-win", "deploy" },
        { "artefacts-changed", "do-not-deploy" },
        { "backtest-of-other-models", "do-not-deploy" },
        { "gates-failed", "do-not-deploy" },
        { "leakage-flagged", "do-not-deploy" },
        { "champion-better", "do-not-deploy" },
        { "ranks-worse", "do-not-deploy" },
        { "win-not-ready", "deploy-in-shadow" },
        { "leaning-challenger", "deploy-in-shadow" },
        { "no-evidence-of-gain", "do-not-deploy" },
    };

    private static ReadinessFacts FactsFor(string rule) => rule switch
    {
        "clear-win" => Win,
        "artefacts-changed" => Win with { ArtefactsVerified = false },
        "backtest-of-other-models" => Win with { BacktestMatchesRegistry = false },
        "gates-failed" => Win with { GatesPass = false },
        "leakage-flagged" => Win with { LeakageFlagged = true },
        "champion-better" => Win with { Verdict = "champion-better", RateDifferenceLower = -0.006, RateDifferenceUpper = -0.001 },
        "ranks-worse" => Win with { Verdict = "not-enough-evidence", AucDifferenceLower = -0.05, AucDifferenceUpper = -0.01 },
        "win-not-ready" => Win with { SkewWarnings = null },
        "leaning-challenger" => Win with { Verdict = "not-enough-evidence", ProbabilityHigher = 0.7 },
        _ => Win with { Verdict = "not-enough-evidence", ProbabilityHigher = 0.3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_built_in_rule_decides_its_case(string rule, string outcome)
    {
        var decision = ReadinessRules.Builtin().Decide(FactsFor(rule));
        Assert.Equal(rule, decision.Rule.Name);
        Assert.Equal(outcome, decision.Rule.Outcome.Name());
    }

    [Fact]
    public void Every_outcome_is_reached_by_the_built_in_rules()
    {
        var outcomes = Cases().Select(c => ReadinessRules.Builtin().Decide(FactsFor((string)c[0])).Rule.Outcome).Distinct().ToArray();
        Assert.Equal(Enum.GetValues<ReadinessOutcome>().Order(), outcomes.Order());
    }

    [Fact]
    public void Each_outcome_reaches_the_report_with_the_rule_that_decided_it()
    {
        using var folder = new TempFolder();
        // On the synthetic leads v2 ranks better (DeLong) but its selection's rate is not distinguishable, and a sign-off is missing.
        var built = SomeReadiness.Registry(folder);
        var evidence = ReadinessEvidence.Collect(built.Registry, new ReadinessRequest("v2"));
        var outcomes = new[] { "deploy", "deploy-in-shadow", "do-not-deploy" }.ToDictionary(o => o, o => ReadinessRules.Parse(
            $$"""{ "rules": [ { "name": "always-{{o}}", "outcome": "{{o}}", "because": "a test of the {{o}} outcome." } ] }""", "test.json"));
        foreach (var (outcome, rules) in outcomes)
        {
            var report = ReadinessReport.Build(evidence, rules, SomeReadiness.Generated);
            Assert.Equal(outcome, report.Decision.Rule.Outcome.Name());
            var md = report.ToMarkdown();
            Assert.Contains($"**{report.Decision.Rule.Outcome.Words()}.** Rule `always-{outcome}` (rule 1 of the rules file `test.json`) decided: a test of the {outcome} outcome.", md);
            Assert.Contains($"**Recommendation: {report.Decision.Rule.Outcome.Words().ToLowerInvariant()}**, by rule `always-{outcome}`", md);
        }
        var builtin = ReadinessReport.Build(evidence, ReadinessRules.Builtin(), SomeReadiness.Generated);
        Assert.Equal("leaning-challenger", builtin.Decision.Rule.Name);
        Assert.Contains("| 7 | `clear-win` |", builtin.ToMarkdown());
        Assert.Contains("no: verdict is not-enough-evidence; sign_offs_complete is false; skew_warnings is not known", builtin.ToMarkdown());
    }

    [Fact]
    public void A_condition_on_a_fact_the_evidence_lacks_does_not_hold()
    {
        var rules = ReadinessRules.Parse("""
            { "rules": [
                { "name": "clean-run", "when": { "skew_warnings_at_most": 0 }, "outcome": "deploy", "because": "no skew." },
                { "name": "no-leak", "when": { "leakage_flagged": false }, "outcome": "deploy-in-shadow", "because": "no leak." },
                { "name": "else", "outcome": "do-not-deploy", "because": "otherwise." } ] }
            """, "test.json");
        Assert.Equal("else", rules.Decide(Win with { SkewWarnings = null, LeakageFlagged = null }).Rule.Name);
        Assert.Equal("no-leak", rules.Decide(Win with { SkewWarnings = null }).Rule.Name);
        Assert.Equal("clean-run", rules.Decide(Win).Rule.Name);
    }

    [Theory]
    [InlineData("""{ "rules": [ { "name": "a", "when": { "probabilty_higher_at_least": 0.9 }, "outcome": "deploy", "because": "x" }, { "name": "b", "outcome": "do-not-deploy", "because": "y" } ] }""",
        "rules.json: unknown field 'probabilty_higher_at_least' in rule 'a' (rules[0]).when (known: verdict, gates_pass,")]
    [InlineData("""{ "rules": [ { "name": "a", "outcome": "deploy", "because": "x", "priority": 1 } ] }""",
        "rules.json: unknown field 'priority' in rules[0] (known: name, when, outcome, because)")]
    [InlineData("""{ "rule": [] }""", "rules.json: unknown field 'rule' in the top level (known: description, rules)")]
    [InlineData("""{ "rules": [ { "name": "a", "when": { "gates_pass": true }, "outcome": "deploy", "because": "x" } ] }""",
        "rules.json: the last rule, 'a', has conditions; end with a rule without \"when\"")]
    [InlineData("""{ "rules": [ { "name": "a", "outcome": "ship-it", "because": "x" } ] }""",
        "rules.json: rule 'a' (rules[0]).outcome must be one of deploy, deploy-in-shadow, do-not-deploy, not \"ship-it\"")]
    [InlineData("""{ "rules": [ { "name": "a", "when": { "probability_higher_at_least": 90 }, "outcome": "deploy", "because": "x" }, { "name": "b", "outcome": "deploy", "because": "y" } ] }""",
        "rules.json: rule 'a' (rules[0]).when.probability_higher_at_least must be a number from 0 to 1, not 90")]
    [InlineData("""{ "rules": [ { "name": "a", "when": { "verdict": "better" }, "outcome": "deploy", "because": "x" }, { "name": "b", "outcome": "deploy", "because": "y" } ] }""",
        "rules.json: rule 'a' (rules[0]).when.verdict must be one of challenger-better, champion-better, not-enough-evidence, or a list of them")]
    [InlineData("""{ "rules": [ { "name": "a", "outcome": "deploy" } ] }""", "rules.json: rule 'a' (rules[0]) has no \"because\"")]
    [InlineData("""{ "rules": [ { "name": "a", "outcome": "deploy", "because": "x" }, { "name": "a", "outcome": "deploy", "because": "y" } ] }""",
        "rules.json: rule 'a' (rules[1]): the name is used by an earlier rule")]
    [InlineData("not json", "rules.json: not valid JSON (")]
    public void A_rules_file_that_breaks_the_format_is_refused_with_one_clear_line(string text, string message)
    {
        var e = Assert.Throws<ReportException>(() => ReadinessRules.Parse(text, "rules.json"));
        Assert.StartsWith(message, e.Message);
        Assert.EndsWith("fix the rules file (the built-in rules are src/LeadScore.Reports/readiness-rules.json).", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void The_built_in_rules_end_with_a_rule_for_every_case_and_name_each_field_they_use()
    {
        var rules = ReadinessRules.Builtin();
        Assert.True(rules.IsBuiltin);
        Assert.Empty(rules.Rules[^1].When);
        Assert.All(rules.Rules.SelectMany(r => r.When), c => Assert.Contains(c.Field, RuleCondition.Fields));
        Assert.Equal(64, rules.Sha256.Length);
    }
}
