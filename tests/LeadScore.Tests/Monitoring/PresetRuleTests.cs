using LeadScore.Monitoring;
using Monitor = LeadScore.Monitoring.Monitor;
using Xunit.Abstractions;

namespace LeadScore.Tests.Monitoring;

/// <summary>Every shipped rule of both presets on synthetic lists where the right answer is known.</summary>
public class PresetRuleTests(ITestOutputHelper output)
{
    private const double Baseline = 0.0274;

    private static MonitorReport Evaluate(string preset, IReadOnlyList<MonitoredLead> leads, DateOnly asOf, MaturityCurve? curve = null,
        IReadOnlyList<PsiReading>? drift = null) =>
        Monitor.Evaluate(new MonitorRequest(leads, asOf, curve ?? SyntheticDelays.Realistic, Baseline, RuleSet.Preset(preset)) { Drift = drift ?? [] });

    private static readonly List<MonitoredLead> HealthyList = SomeMonitoredLeads.Healthy.Build();
    private static readonly List<MonitoredLead> BrokenList = SomeMonitoredLeads.Broken.Build();
    private static readonly DateOnly Start = SomeMonitoredLeads.Healthy.Start;

    public static TheoryData<string, string> RateRules()
    {
        var data = new TheoryData<string, string>();
        foreach (var preset in RuleSet.PresetNames)
            foreach (var rule in RuleSet.Preset(preset).Rules.Where(r => !r.IsDrift && r.Model == JudgedModel.Champion))
                data.Add(preset, rule.Name);
        return data;
    }

    [Fact]
    public void A_healthy_model_is_never_flagged_by_the_default_preset_on_any_day_of_its_month()
    {
        for (var day = 0; day <= 45; day++)
        {
            var report = Evaluate("default", HealthyList, Start.AddDays(day));
            Assert.True(report.Strongest == RuleAction.None, $"day {day}: {report.Meaning}");
        }
    }

    [Fact]
    public void The_seed_preset_rolls_the_same_healthy_model_back()
    {
        var firedOn = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var day = 0; day <= 45; day++)
            foreach (var outcome in Evaluate("seed", HealthyList, Start.AddDays(day)).Rules.Where(o => o.Fired))
                (firedOn.TryGetValue(outcome.Rule, out var days) ? days : firedOn[outcome.Rule] = []).Add(day);
        foreach (var (rule, days) in firedOn) output.WriteLine($"{rule}: fires on {days.Count} of 46 days, first on day {days[0] + 1}");
        var first = Enumerable.Range(0, 46).First(day => Evaluate("seed", HealthyList, Start.AddDays(day)).Strongest == RuleAction.ImmediateRollback);
        output.WriteLine(Evaluate("seed", HealthyList, Start.AddDays(first)).Meaning);
        Assert.InRange(first, 0, 7);
        Assert.Contains("overall-2-days", firedOn.Keys);
        Assert.Contains("top-decile-2-days", firedOn.Keys);
    }

    [Theory]
    [MemberData(nameof(RateRules))]
    public void A_model_whose_ranking_broke_is_caught_by_every_rate_rule_of_both_presets(string preset, string rule)
    {
        var outcome = Evaluate(preset, BrokenList, Start.AddDays(34)).Rules.Single(o => o.Rule == rule);
        output.WriteLine(outcome.Evidence);
        Assert.True(outcome.Fired, outcome.Evidence);
    }

    [Fact]
    public void A_young_cohort_with_slow_labels_does_not_trigger_a_rollback_under_the_default_preset()
    {
        // Calls come 5 to 43 days after contact, so five days into the list almost none is known yet.
        static int Slow(LeadScore.Metrics.RandomStream random) => random.Between(5, 43);
        var slowCurve = MaturityCurve.Learn(SyntheticDelays.History(60_000, 0.05, seed: 3, delay: Slow));
        var young = (SomeMonitoredLeads.Healthy with { Delay = Slow }).Build();
        for (var day = 0; day <= 10; day++)
        {
            var asOf = Start.AddDays(day);
            var strict = Evaluate("default", young, asOf, slowCurve);
            Assert.True(strict.Strongest == RuleAction.None, $"day {day}: {strict.Meaning}");
        }
        var seed = Evaluate("seed", young, Start.AddDays(4), slowCurve);
        output.WriteLine(seed.Meaning);
        Assert.Equal(RuleAction.ImmediateRollback, seed.Strongest);
    }

    [Fact]
    public void A_truly_better_challenger_is_promoted_by_the_sequential_rule_with_enough_data_and_not_with_little()
    {
        var better = SomeMonitoredLeads.Healthy with { ChampionOnlyRate = 0.03, ChallengerOnlyRate = 0.15 };
        var months = new[] { new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 2), new DateOnly(2026, 3, 2) }
            .SelectMany((start, m) => (better with { Start = start, ListId = $"2026-0{m + 1}", Seed = (ulong)(20 + m) }).Build())
            .ToList();
        var little = Evaluate("default", months, Start.AddDays(3)).Rules.Single(o => o.Rule == "challenger-better");
        Assert.False(little.Fired, little.Evidence);
        var enough = Evaluate("default", months, new DateOnly(2026, 4, 10));
        var outcome = enough.Rules.Single(o => o.Rule == "challenger-better");
        output.WriteLine(outcome.Evidence);
        Assert.True(outcome.Fired, outcome.Evidence);
        Assert.Equal(SomeMonitoredLeads.Challenger, outcome.Model);
        Assert.Equal(RuleAction.PromoteChallenger, enough.Strongest);
        Assert.Contains($"make {SomeMonitoredLeads.Challenger} the champion", enough.Meaning);
        Assert.True(Evaluate("seed", months, new DateOnly(2026, 4, 10)).Rules.Single(o => o.Rule == "old-model-better").Fired);
    }

    [Fact]
    public void Equal_models_do_not_promote_the_challenger_even_after_three_months()
    {
        var months = new[] { new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 2), new DateOnly(2026, 3, 2) }
            .SelectMany((start, m) => (SomeMonitoredLeads.Healthy with { Start = start, ListId = $"2026-0{m + 1}", Seed = (ulong)(40 + m) }).Build())
            .ToList();
        var outcome = Evaluate("default", months, new DateOnly(2026, 4, 10)).Rules.Single(o => o.Rule == "challenger-better");
        Assert.False(outcome.Fired, outcome.Evidence);
    }

    [Fact]
    public void Without_a_shadow_the_challenger_rules_say_so()
    {
        var alone = (SomeMonitoredLeads.Healthy with { WithChallenger = false }).Build();
        var outcome = Evaluate("default", alone, Start.AddDays(30)).Rules.Single(o => o.Rule == "challenger-better");
        Assert.False(outcome.Fired);
        Assert.Equal("Not fired: no shadow challenger scored these leads.", outcome.Evidence);
    }

    public static TheoryData<string, double[], string[]> DriftStreams() => new()
    {
        { "stable", [0.02, 0.04, 0.03], [] },
        { "moderate shift", [0.12, 0.13, 0.15], ["psi-warn"] },
        { "major shift", [0.24, 0.26, 0.30], ["psi-warn", "psi-act"] },
        { "steady rise below 0.1", [0.0, 0.06, 0.099], ["psi-trend"] },
        { "rise that already crossed", [0.05, 0.15, 0.27], ["psi-warn", "psi-act", "psi-trend"] },
    };

    [Theory]
    [MemberData(nameof(DriftStreams))]
    public void The_drift_rules_fire_on_the_psi_of_the_scoring_runs(string stream, double[] tenure, string[] expected)
    {
        DateOnly[] runs = [new(2026, 1, 1), new(2026, 2, 1), new(2026, 3, 1)];
        var readings = runs.SelectMany((date, i) => new[]
        {
            new PsiReading($"run-{i}", date, "tenure_months", tenure[i]),
            new PsiReading($"run-{i}", date, PsiReading.Score, 0.01),
        }).ToList();
        var report = Evaluate("default", HealthyList, new DateOnly(2026, 3, 2), drift: readings);
        var fired = report.Rules.Where(o => o.Fired).Select(o => o.Rule).ToArray();
        output.WriteLine($"{stream}: {string.Join(", ", fired)}");
        Assert.Equal(expected, fired);
        Assert.All(RuleSet.Preset("seed").Rules, r => Assert.False(r.IsDrift));
    }

    [Fact]
    public void Drift_rules_without_readings_do_not_fire_and_say_why()
    {
        var outcome = Evaluate("default", HealthyList, Start.AddDays(30)).Rules.Single(o => o.Rule == "psi-act");
        Assert.False(outcome.Fired);
        Assert.Equal("Not fired: no scoring run up to 2026-02-04 has a PSI reading of any feature.", outcome.Evidence);
    }
}
