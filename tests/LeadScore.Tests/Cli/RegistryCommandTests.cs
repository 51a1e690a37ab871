using System.Globalization;
using System.Text.Json.Nodes;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

public class RegistryCommandTests
{
    private static CliRun Registry(string path, params string[] args) => CliRun.Of(["registry", .. args, "--registry", path]);

    private static IReadOnlyList<DateTimeOffset> EventTimes(string path) =>
        File.ReadAllLines(Path.Combine(path, "events.jsonl"))
            .Select(l => DateTimeOffset.Parse(JsonNode.Parse(l)!["time"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToArray();

    [SkippableFact]
    public void The_real_models_go_through_import_promotion_and_rollback_and_live_at_answers_for_the_moments_between()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        using var folder = new TempFolder();
        var path = folder.File("registry");
        CliRun Ok(params string[] args)
        {
            var run = Registry(path, args);
            Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: {run.Err}");
            return run;
        }
        Ok("import-xgboost", Fixtures.Path("models", "v4.0.0"), "--version", "v4.0.0", "--schema", "v4.0.0", "--by", "ana");
        Ok("import-xgboost", Fixtures.Path("models", "v4.1.0_r3"), "--version", "v4.1.0", "--schema", "v4.1.0_r3", "--by", "ana");

        // V4.0.0's recorded metrics fail two of the original's own gates (lift gap 1.0009, AUC 0.598859 <= 0.5989).
        var refused = Registry(path, "promote", "v4.0.0", "--as", "champion");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("v4.0.0 failed gate(s) G8.2, G9.3", refused.Err);
        Ok("promote", "v4.0.0", "--as", "champion", "--force", "--reason", "the production model of December 2025", "--by", "ana");
        Ok("promote", "v4.1.0", "--as", "challenger", "--by", "ana");
        var needsBacktest = Registry(path, "promote", "v4.1.0");
        Assert.Contains("needs a backtest against the current champion v4.0.0", needsBacktest.Err);
        File.WriteAllText(folder.File("backtest.json"), "{\"v4.1.0_vs_v4.0.0\": \"+0.0351 AUC [+0.0091, +0.0612]\"}");
        var promoted = Ok("promote", "v4.1.0", "--backtest", folder.File("backtest.json"), "--reason", "beats v4.0.0 on the V4.1 TEST leads", "--by", "bo");
        Assert.Contains("v4.0.0 champion -> deprecated, v4.1.0 challenger -> champion", promoted.Out);
        Ok("rollback", "--reason", "January conversions below the monitoring floor", "--by", "cy");

        var times = EventTimes(path);
        Assert.Equal(6, times.Count);
        string LiveAt(DateTimeOffset t) => Ok("live-at", t.ToString("O", CultureInfo.InvariantCulture)).Out.Trim();
        Assert.StartsWith("no champion was live", LiveAt(times[1]));
        Assert.StartsWith("v4.0.0 was live", LiveAt(times[2]));
        Assert.StartsWith("v4.0.0 was live", LiveAt(times[3]));
        Assert.StartsWith("v4.1.0 was live", LiveAt(times[4]));
        Assert.StartsWith("v4.0.0 was live", LiveAt(times[5]));

        var history = Ok("history").Out;
        Assert.Contains("promote FORCED", history);
        Assert.Contains("rolled_back", history);
        Assert.Contains("evidence sha256", history);
        Assert.Contains("valid: 6 events, 2 versions, champion v4.0.0", Ok("verify").Out);
        var show = Ok("show", "v4.1.0").Out;
        Assert.Contains("v4.1.0: rolled_back", show);
        Assert.Contains("model.json", show);
        Assert.Contains("schema.json", show);
    }

    [SkippableFact]
    public void The_legacy_registry_json_becomes_the_original_history_as_dated_events()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        using var folder = new TempFolder();
        var path = folder.File("registry");
        var imported = Registry(path, "import-legacy", Fixtures.Path("published", "registry.json"), "--by", "migration");
        Assert.True(imported.ExitCode == 0, imported.Err);

        string LiveAt(string day) => Registry(path, "live-at", day).Out.Trim();
        Assert.StartsWith("no champion was live", LiveAt("2025-12-23"));
        Assert.StartsWith("v4.0.0 was live", LiveAt("2025-12-24"));
        Assert.StartsWith("v4.0.0 was live", LiveAt("2025-12-29"));
        Assert.StartsWith("v4.1.0 was live", LiveAt("2025-12-30"));
        Assert.StartsWith("v4.1.0 was live", LiveAt("2025-12-31"));
        Assert.StartsWith("no champion was live", LiveAt("2026-01-03"));   // v4.1.0 deprecated on 01-01, v4.2.0 deployed on 01-07
        Assert.StartsWith("v4.2.0 was live", LiveAt("2026-01-07"));
        Assert.StartsWith("v4.3.0 was live", LiveAt("2026-01-08"));

        var list = Registry(path, "list").Out;
        Assert.Matches(@"v4\.3\.0\s*│\s*champion", list);
        Assert.Matches(@"v4\.0\.0\s*│\s*deprecated", list);
        var show = Registry(path, "show", "v4.2.0").Out;
        Assert.Contains("legacy.json", show);
        Assert.Contains("model.json", show);
        Assert.Contains("(missing: named by the source, not supplied)", show);
        Assert.Contains("Superseded by V4.3.0", Registry(path, "history").Out);

        var again = Registry(path, "import-legacy", Fixtures.Path("published", "registry.json"));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("needs an empty registry", again.Err);
    }

    [Fact]
    public void A_trained_model_directory_is_registered_with_its_gates_and_served_by_name()
    {
        using var folder = new TempFolder();
        var data = new SomeLeads { Rows = 4000, Features = 5 }.WriteCsv(folder);
        var model = folder.File("model");
        var train = CliRun.Of(["train", "--data", data, "--target", "converted", "--split-column", "signup_date", .. SomeLeads.Windows,
            "--config", SomeLeads.FastConfig(folder), "--out", model]);
        Assert.True(train.ExitCode == 0, train.Err);
        var path = folder.File("registry");
        Assert.Equal(0, Registry(path, "register", model, "--version", "v5.0.0").ExitCode);
        var served = CliRun.Process(new Dictionary<string, string> { ["LEADSCORE_REGISTRY"] = path },
            "predict", "--model", "registry:latest", "--input", data, "--id-column", "signup_date", "--output", folder.File("scores.csv"));
        Assert.True(served.ExitCode == 0, served.Err);
        var evaluated = CliRun.Of("evaluate", "--model", "registry:v5.0.0", "--registry", path, "--data", data, "--bootstrap", "200");
        Assert.True(evaluated.ExitCode == 0, evaluated.Err);
        Assert.Contains("AUC [DeLong 95% CI]", evaluated.Out);
        Assert.StartsWith("signup_date,margin,probability,calibrated_probability", File.ReadLines(folder.File("scores.csv")).First());
    }
}
