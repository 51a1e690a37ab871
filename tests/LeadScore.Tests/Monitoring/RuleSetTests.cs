using LeadScore.Monitoring;

namespace LeadScore.Tests.Monitoring;

public class RuleSetTests
{
    private const string OneRule = """
        {
          "name": "mine",
          "description": "test rules",
          "rules": [
            { "name": "first", "description": "d", "metric": "overall_rate", "window": "day", "comparison": "below",
              "threshold": 0.035, "consecutive": 2, "evidence": "interval", "action": "immediate-rollback" },
            { "name": "overall-week", "description": "d", "metric": "overall_rate", "window": "week", "comparison": "below",
              RULE }
          ]
        }
        """;

    private static string Refused(string rule) =>
        Assert.Throws<MonitoringException>(() => RuleSet.Parse(OneRule.Replace("RULE", rule), "mine.json")).Message;

    [Fact]
    public void Both_presets_load_and_survive_a_round_trip_through_json()
    {
        Assert.Equal(["seed", "default"], RuleSet.PresetNames);
        foreach (var name in RuleSet.PresetNames)
        {
            var preset = RuleSet.Preset(name);
            Assert.Equal(name, preset.Name);
            var again = RuleSet.Parse(preset.ToJson(), "round trip");
            Assert.Equal(preset.Rules, again.Rules);
        }
    }

    [Fact]
    public void The_seed_preset_is_section_8_6_as_written_on_point_estimates_without_maturity()
    {
        var seed = RuleSet.Preset("seed").Rules.ToDictionary(r => r.Name);
        Assert.Equal(
            ["top-decile-2-days", "overall-2-days", "top-decile-lift-week", "overall-week", "old-model-better", "checklist-lift-2-weeks", "checklist-top-decile-5pct"],
            RuleSet.Preset("seed").Rules.Select(r => r.Name));
        Assert.Equal((RuleMetric.TopDecileRate, RuleWindow.Day, 0.03, 2, RuleAction.ImmediateRollback), Shape(seed["top-decile-2-days"]));
        Assert.Equal((RuleMetric.OverallRate, RuleWindow.Day, 0.035, 2, RuleAction.ImmediateRollback), Shape(seed["overall-2-days"]));
        Assert.Equal((RuleMetric.TopDecileLift, RuleWindow.Week, 1.5, 1, RuleAction.PlannedRollback), Shape(seed["top-decile-lift-week"]));
        Assert.Equal((RuleMetric.OverallRate, RuleWindow.Week, 0.04, 1, RuleAction.PlannedRollback), Shape(seed["overall-week"]));
        Assert.Equal((RuleMetric.ChallengerMinusChampionRate, RuleWindow.Week, 0.0, 1, RuleAction.PlannedRollback), Shape(seed["old-model-better"]));
        Assert.Equal((RuleMetric.TopDecileLift, RuleWindow.Week, 1.5, 2, RuleAction.PlannedRollback), Shape(seed["checklist-lift-2-weeks"]));
        Assert.Equal((RuleMetric.TopDecileRate, RuleWindow.Week, 0.05, 1, RuleAction.Alert), Shape(seed["checklist-top-decile-5pct"]));
        Assert.All(seed.Values, r => Assert.False(r.AdjustForMaturity));
        Assert.All(seed.Values.Where(r => r.Name != "old-model-better"), r => Assert.Equal(EvidenceStandard.Point, r.Evidence));
        Assert.Equal(EvidenceStandard.Interval, seed["old-model-better"].Evidence);
    }

    [Fact]
    public void The_default_preset_keeps_the_seeds_metrics_and_thresholds_but_asks_for_evidence()
    {
        var seed = RuleSet.Preset("seed").Rules.ToDictionary(r => r.Name);
        var defaults = RuleSet.Preset("default").Rules;
        foreach (var rule in defaults.Where(r => seed.ContainsKey(r.Name)))
        {
            Assert.Equal(Shape(seed[rule.Name]), Shape(rule));
            Assert.Equal(EvidenceStandard.Interval, rule.Evidence);
            Assert.True(rule.AdjustForMaturity);
        }
        var challenger = defaults.Single(r => r.Name == "challenger-better");
        Assert.Equal((EvidenceStandard.Sequential, RuleAction.PromoteChallenger, JudgedModel.Challenger), (challenger.Evidence, challenger.Action, challenger.Model));
        Assert.Equal(["psi-warn", "psi-act", "psi-trend"], defaults.Where(r => r.IsDrift).Select(r => r.Name));
    }

    private static (RuleMetric, RuleWindow, double, int, RuleAction) Shape(Rule r) => (r.Metric, r.Window, r.Threshold, r.Consecutive, r.Action);

    [Fact]
    public void An_unknown_field_is_refused_naming_the_field_and_the_rule()
    {
        var message = Refused("\"threshhold\": 0.04, \"evidence\": \"point\", \"action\": \"alert\"");
        Assert.Equal("mine.json: rules[1] ('overall-week'): unknown field 'threshhold' (did you mean 'threshold'?); a rule's fields are " +
                     "name, description, metric, window, comparison, threshold, consecutive, evidence, action, model, adjust_for_maturity, " +
                     "cumulative, confidence, mixture_sd, feature, runs.", message);
        var top = Assert.Throws<MonitoringException>(() => RuleSet.Parse("""{ "name": "x", "description": "y", "rules": [], "version": 2 }""", "x.json"));
        Assert.Contains("the rule set: unknown field 'version'", top.Message);
    }

    [Theory]
    [InlineData("\"threshold\": 0.04, \"evidence\": \"point\", \"action\": \"rollback\"", "'action' is 'rollback', not one of alert, planned-rollback, immediate-rollback, promote-challenger.")]
    [InlineData("\"threshold\": 0.04, \"action\": \"alert\"", "missing field 'evidence' (one of point, interval, sequential).")]
    [InlineData("\"threshold\": \"4%\", \"evidence\": \"point\", \"action\": \"alert\"", "'threshold' must be a number")]
    [InlineData("\"threshold\": 0.04, \"evidence\": \"point\", \"action\": \"alert\", \"consecutive\": 1.5", "'consecutive' must be a whole number")]
    [InlineData("\"threshold\": 4, \"evidence\": \"point\", \"action\": \"alert\"", "threshold 4 is not a rate; give a fraction in [0, 1] (0.03 for 3%).")]
    [InlineData("\"threshold\": 0.04, \"evidence\": \"sequential\", \"action\": \"alert\"", "sequential evidence compares two models on the same leads")]
    [InlineData("\"threshold\": 0.04, \"evidence\": \"point\", \"action\": \"promote-challenger\"", "promote-challenger needs a rule about a challenger")]
    [InlineData("\"threshold\": 0.04, \"evidence\": \"point\", \"action\": \"alert\", \"mixture_sd\": 0.1", "'mixture_sd' tunes a sequential test")]
    [InlineData("\"threshold\": 0.04, \"evidence\": \"point\", \"action\": \"alert\", \"consecutive\": 0", "consecutive is 0; give the number of periods in a row, at least 1.")]
    public void Rules_the_monitor_cannot_evaluate_are_refused_saying_why(string rest, string expected)
    {
        var message = Refused(rest);
        Assert.StartsWith("mine.json: rules[1] ('overall-week'): ", message);
        Assert.Contains(expected, message);
    }

    [Fact]
    public void Duplicate_names_bad_json_and_unknown_presets_are_refused()
    {
        var duplicate = OneRule.Replace("\"overall-week\"", "\"first\"").Replace("RULE", "\"threshold\": 0.04, \"evidence\": \"point\", \"action\": \"alert\"");
        Assert.Contains("rules[1] ('first'): another rule is already named 'first'", Assert.Throws<MonitoringException>(() => RuleSet.Parse(duplicate, "d.json")).Message);
        Assert.StartsWith("bad.json: line 2: not valid JSON", Assert.Throws<MonitoringException>(() => RuleSet.Parse("{\n  \"name\": x }", "bad.json")).Message);
        Assert.Contains("use one of seed, default", Assert.Throws<MonitoringException>(() => RuleSet.Preset("strict")).Message);
        Assert.StartsWith("cannot read the rules file", Assert.Throws<MonitoringException>(() => RuleSet.Read("/nonexistent/rules.json")).Message);
        Assert.Throws<MonitoringException>(() => new RuleSet("empty", "no rules", []));
    }

    [Fact]
    public void A_rules_file_is_read_from_disk()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, RuleSet.Preset("default").ToJson());
            Assert.Equal(RuleSet.Preset("default").Rules, RuleSet.Read(path).Rules);
        }
        finally { File.Delete(path); }
    }
}
