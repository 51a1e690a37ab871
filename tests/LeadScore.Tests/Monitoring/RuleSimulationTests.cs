using System.Globalization;
using System.Text;
using LeadScore.Monitoring;
using Xunit.Abstractions;
using Monitor = LeadScore.Monitoring.Monitor;

namespace LeadScore.Tests.Monitoring;

/// <summary>How often each rule is wrong, simulated; and the README's table comparing the presets.</summary>
public class RuleSimulationTests(ITestOutputHelper output)
{
    private const double Baseline = 0.0274;

    private static readonly Dictionary<(string, string), IReadOnlyList<RuleReliability>> Tables = [];

    /// <summary>A preset's table at the seed's expectation (2,000 months), computed once per curve.</summary>
    private static IReadOnlyList<RuleReliability> Table(string preset, string curve = "realistic")
    {
        lock (Tables)
        {
            if (!Tables.TryGetValue((preset, curve), out var table))
            {
                var maturity = curve == "realistic" ? SyntheticDelays.Realistic : MaturityCurve.Immediate();
                Tables[(preset, curve)] = table = RuleSimulation.Of(RuleSet.Preset(preset), Expectation.Seed, Baseline, maturity);
            }
            return table;
        }
    }

    [Fact]
    public void The_simulation_is_deterministic_for_a_seed()
    {
        var rule = RuleSet.Preset("seed").Rules.Single(r => r.Name == "top-decile-lift-week");
        var setup = new SimulationSetup(Months: 300, Seed: 99);
        var once = RuleSimulation.Of(rule, Expectation.Seed, Baseline, SyntheticDelays.Realistic, setup);
        var again = RuleSimulation.Of(rule, Expectation.Seed, Baseline, SyntheticDelays.Realistic, setup);
        var other = RuleSimulation.Of(rule, Expectation.Seed, Baseline, SyntheticDelays.Realistic, setup with { Seed = 100 });
        Assert.Equal(once, again);
        Assert.NotEqual(once.FalseAlarm, other.FalseAlarm);
    }

    [Fact]
    public void The_seed_rolls_back_a_healthy_model_in_almost_every_month_and_the_default_almost_never()
    {
        var seed = Table("seed").ToDictionary(r => r.Rule);
        var defaults = Table("default").ToDictionary(r => r.Rule);
        Assert.True(seed["overall-2-days"].FalseAlarm > 0.9);
        Assert.True(seed["top-decile-2-days"].FalseAlarm > 0.9);
        Assert.All(defaults.Values.Where(r => r.FalseAlarm is not null), r => Assert.True(r.FalseAlarm <= 0.01, $"{r.Rule}: {r.FalseAlarm}"));
        Assert.True(defaults["overall-2-days"].Detection > 0.8);
        Assert.True(defaults["overall-week"].Detection > 0.9);
        Assert.All(defaults.Values.Where(r => r.Rule.StartsWith("psi", StringComparison.Ordinal)), r => Assert.Null(r.FalseAlarm));
    }

    [Fact]
    public void Even_with_labels_known_at_once_the_seeds_point_estimates_fire_on_noise()
    {
        var seed = Table("seed", "immediate").ToDictionary(r => r.Rule);
        Assert.True(seed["top-decile-2-days"].FalseAlarm > 0.5, $"{seed["top-decile-2-days"].FalseAlarm}");
    }

    [Fact]
    public void Monitor_outcomes_carry_the_simulated_rates_of_their_rules()
    {
        var setup = new SimulationSetup(Months: 100);
        var rules = RuleSet.Preset("default");
        var leads = SomeMonitoredLeads.Healthy.Build();
        var report = Monitor.Evaluate(new MonitorRequest(leads, new DateOnly(2026, 2, 4), SyntheticDelays.Realistic, Baseline, rules, Expectation.Seed)
        {
            Simulation = setup,
        });
        var table = RuleSimulation.Of(rules, Expectation.Seed, Baseline, SyntheticDelays.Realistic, setup).ToDictionary(r => r.Rule);
        Assert.All(report.Rules, o => Assert.Equal((table[o.Rule].FalseAlarm, table[o.Rule].Detection), (o.FalseAlarm, o.Detection)));
    }

    [Fact]
    public void Expectations_that_cannot_describe_a_list_are_refused()
    {
        Assert.Contains("cannot be simulated", Assert.Throws<MonitoringException>(() =>
            RuleSimulation.Of(RuleSet.Preset("seed"), Expectation.FromLift(0.05, 9, 0.01, 2800), Baseline, MaturityCurve.Immediate())).Message);
        Assert.Contains("is not the top-decile lift", Assert.Throws<MonitoringException>(() => new Expectation(0.0483, 0.2, 2.03, 0.014, 2800)).Message);
        Assert.Equal(0.0483 * 2.03, Expectation.Seed.TopDecileRate, 1e-15);
    }

    /// <summary>Prints the README's table: both presets side by side, from 2,000 simulated months each.</summary>
    [Fact]
    public void The_readme_table_of_false_alarms_and_detection()
    {
        var seed = Table("seed").ToDictionary(r => r.Rule);
        var instant = Table("seed", "immediate").ToDictionary(r => r.Rule);
        var defaults = Table("default").ToDictionary(r => r.Rule);
        var text = new StringBuilder();
        text.AppendLine(SyntheticDelays.Realistic.Meaning);
        text.AppendLine("| rule (seed / default) | action (seed / default) | seed: false alarm | seed: detection | default: false alarm | default: detection | seed if labels arrived at once: false alarm |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var name in seed.Keys.Concat(defaults.Keys.Where(k => !seed.ContainsKey(k) && k != "challenger-better")))
        {
            var counterpart = name == "old-model-better" ? "challenger-better" : name;
            var (s, d, i) = (seed.GetValueOrDefault(name), defaults.GetValueOrDefault(counterpart), instant.GetValueOrDefault(name));
            var rule = counterpart == name ? $"`{name}`" : $"`{name}` / `{counterpart}`";
            var action = s is null ? Spell(d!.Action) : d is null || d.Action == s.Action ? Spell(s.Action) : $"{Spell(s.Action)} / {Spell(d.Action)}";
            text.AppendLine($"| {rule} | {action} | {Cell(s?.FalseAlarm)} | {Cell(s?.Detection)} | {Cell(d?.FalseAlarm)} | {Cell(d?.Detection)} | {Cell(i?.FalseAlarm)} |");
        }
        output.WriteLine(text.ToString());
        // Pinned: the README quotes these (2,000 months, seed 13, the realistic curve of SyntheticDelays).
        Assert.Equal(["99.8%", "100.0%", "0.0%", "0.1%"], Cells(seed["top-decile-2-days"], defaults["top-decile-2-days"]));
        Assert.Equal(["100.0%", "100.0%", "0.2%", "90.1%"], Cells(seed["overall-2-days"], defaults["overall-2-days"]));
        Assert.Equal(["57.2%", "98.4%", "0.0%", "1.4%"], Cells(seed["top-decile-lift-week"], defaults["top-decile-lift-week"]));
        Assert.Equal(["100.0%", "100.0%", "0.4%", "99.6%"], Cells(seed["overall-week"], defaults["overall-week"]));
        Assert.Equal(["6.2%", "37.2%", "0.0%", "5.0%"], Cells(seed["old-model-better"], defaults["challenger-better"]));
    }

    private static string[] Cells(RuleReliability seed, RuleReliability defaults) =>
        [Cell(seed.FalseAlarm), Cell(seed.Detection), Cell(defaults.FalseAlarm), Cell(defaults.Detection)];

    private static string Spell(RuleAction action) => action switch
    {
        RuleAction.ImmediateRollback => "immediate-rollback",
        RuleAction.PlannedRollback => "planned-rollback",
        RuleAction.PromoteChallenger => "promote-challenger",
        _ => "alert",
    };

    private static string Cell(double? p) => p is { } value ? (100 * value).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";
}
