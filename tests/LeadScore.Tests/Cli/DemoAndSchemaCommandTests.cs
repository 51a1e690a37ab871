using LeadScore.Engine.Schema;
using LeadScore.Registry;
using LeadScore.Tests.Registry;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Cli;

public class DemoAndSchemaCommandTests
{
    [SkippableFact]
    public void The_demo_reproduces_every_published_figure_it_shows()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        using var charts = new TempFolder();
        var run = CliRun.Of("demo", "--fixtures", Fixtures.Root!, "--charts", charts.Path, "--advisors", "250000");
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Equal(["backtest-legacy.json", "backtest-list.json", "lift_v4.0.0.svg", "lift_v4.1.0_r3.svg", "list-2026-01-reps.svg", "list-2026-01.csv",
            "outcomes-2026-01-degraded.csv", "outcomes-2026-01-healthy.csv", "readiness.html", "readiness.md", "score-bigquery.sql", "score-postgres.sql", "scores-2025-12-31.svg",
            "warehouse-degraded.duckdb", "warehouse.duckdb"], charts.Files().Order());
        Assert.Matches(@"DuckDB scored the ([\d,]+) advisors of snapshot \w+ with \d+ trees in [\d.]+ s \([\d,]+ KB of SQL\): margins identical to the engine's for \1, percentiles for \1;", run.Out);
        Assert.Contains("degraded: ", run.Out);
        Assert.Contains("like for like (each model drops exactly its bottom fifth", run.Out);

        // The real models sit in the demo's registry as candidates, with the gates of their recorded metrics and the
        // legacy backtest as V4.1.0's evidence against V4.0.0; neither becomes the synthetic world's champion.
        Assert.Contains("imported v4.0.0 as v4.0.0 (candidate, schema v4.0.0); gates on its recorded metrics: 4 pass, warn G8.1, FAIL G8.2 G9.3", run.Out);
        Assert.Contains("imported v4.1.0_r3 as v4.1.0 (candidate, schema v4.1.0_r3)", run.Out);
        Assert.Matches(@"recorded in .* as event #\d+: backtest evidence for v4\.1\.0 against v4\.0\.0", run.Out);
        var registry = ModelRegistry.Open(Path.Combine(charts.Path, "registry"));
        Assert.True(registry.Verify().Valid);
        var state = registry.State();
        Assert.Equal("synthetic-v2", state.Champion);
        Assert.Equal(ModelStatus.Candidate, state.Find("v4.0.0")!.Status);
        Assert.Equal(ModelStatus.Candidate, state.Find("v4.1.0")!.Status);
        Assert.Single(registry.EvidenceFor("v4.1.0", "backtest", "v4.0.0"));
        var times = state.Events.Select(e => e.Time).ToArray();
        Assert.Equal(times.Order(), times);
        Assert.Contains("published run 2025-12-31 (attempt 1)", run.Out);
        Assert.Contains("synthetic features.training (left of /) against the real V4.1 leads (right)", run.Out);
        // One bar per decile (and the legend's swatch), in the chart colours for above and below the average.
        var svg = System.Xml.Linq.XDocument.Load(charts.File("lift_v4.1.0_r3.svg"));
        Assert.Equal(10 + 1, svg.Descendants().Count(e => e.Name.LocalName == "rect" && (string?)e.Attribute("fill") is "#2B6CB0" or "#90B4D8"));
        Assert.Contains("published", svg.ToString());
        Assert.Contains("TEST AUC", run.Out);
        Assert.Contains("0.6198406", run.Out);
        Assert.Contains("0.5988589", run.Out);
        Assert.Equal(2 * 5 + 10, System.Text.RegularExpressions.Regex.Matches(run.Out, " match ").Count);
        Assert.DoesNotContain("differs", run.Out);
        Assert.Contains("margins identical for 3,393 of 3,393 TEST leads", run.Out);
        Assert.Contains("top reasons", run.Out);

        Assert.Contains("honest retrain", run.Out);
        Assert.Contains("leakage check on TRAIN flags days_since_last_move", run.Out);
        Assert.Contains("retrain vs published R3 on the same 3,393 TEST leads: AUC difference", run.Out);
        Assert.True(File.Exists(Path.Combine(charts.Path, "model-v41-lightgbm", "model.txt")));
    }

    [Fact]
    public void The_demo_runs_from_the_repository_alone_on_a_synthetic_warehouse()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("demo", "--synthetic-only", "--advisors", "250000", "--out", folder.Path);
        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Contains("raw tables: 250,000 advisors", run.Out);
        Assert.Matches(@"point-in-time audit as of 2025-06-15: 0 of [\d,]+ rows changed .* -> PASS", run.Out);
        Assert.Matches(@"model AUC 0\.\d{4} \[0\.\d{4}, 0\.\d{4}\] against the ground truth's 0\.\d{4}", run.Out);
        Assert.Matches(@"synthetic-v2: R3 without has_email, is_ia_rep_type \(20 features\): TEST AUC 0\.\d{4}", run.Out);
        Assert.Matches(@"synthetic-v3: the full R3 list \(22 features\)", run.Out);

        // The month through the registry: the history, with every forced promotion saying so and why.
        Assert.Matches(@"#3 promote synthetic-v1: synthetic-v1 challenger -> champion \(FORCED\); reason: .*the registry refuses it \(synthetic-v1 failed gate\(s\)", run.Out);
        Assert.Contains("synthetic-v1 champion -> deprecated, synthetic-v2 challenger -> champion (FORCED)", run.Out);
        Assert.Contains("synthetic-v3 the challenger (shadow) from 2025-12-29 09:30", run.Out);
        Assert.Contains("3 versions, 8 events", run.Out);

        // The registry's champion scores the month with the challenger in shadow; the list is built and checked.
        Assert.Matches(@"champion synthetic-v2: scored and explained [\d,]+ advisors", run.Out);
        Assert.Matches(@"shadow synthetic-v3: scored and explained [\d,]+ advisors", run.Out);
        Assert.Contains("expected conversions among the best 2,800", run.Out);
        Assert.Contains("published list 2026-01 (attempt 1)", run.Out);
        Assert.Contains("list checks: 11 of 11 passed", run.Out);
        Assert.Matches(@"under the generator's ground truth the list's [\d,]+ advisors would convert \d+ times, against \d+ for as many", run.Out);

        // The challenger against the champion with the list policy, recorded; the readiness report's decision, recorded.
        Assert.Matches(@"2 monthly lists per arm: synthetic-v3 keeps \d+ of [\d,]+ .*: verdict (challenger better|champion better|not enough evidence) \(", run.Out);
        Assert.Matches(@"event #9: backtest evidence for synthetic-v3 against synthetic-v2", run.Out);
        Assert.Matches(@"readiness report: (deploy|deploy in shadow|do not deploy): rule [\w-]+ \(built-in rules\)", run.Out);
        Assert.Contains("recorded as event #10: readiness evidence for synthetic-v3 against synthetic-v2", run.Out);

        // Monitoring sees both models; on the degraded outcomes a rule fires and its action goes through a copy of the registry.
        Assert.Matches(@"healthy: 2,800 leads, .*champion synthetic-v2 \d+ of \d+ converted .*shadow synthetic-v3 \d+ of \d+ converted", run.Out);
        Assert.Matches(@"degraded: rule [\w-]+ fired on synthetic-v2", run.Out);
        Assert.Contains("--apply: ", run.Out);

        Assert.True(File.Exists(Path.Combine(folder.Path, "list-2026-01.csv")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "readiness.html")));
        Assert.True(File.Exists(Path.Combine(folder.Path, "model-synthetic-v3", "model.txt")));
        Assert.False(File.Exists(Path.Combine(folder.Path, "warehouse.duckdb.partial")));
        var registry = ModelRegistry.Open(Path.Combine(folder.Path, "registry"));
        Assert.True(registry.Verify().Valid);
        Assert.Equal(["synthetic-v1", "synthetic-v2", "synthetic-v3"], registry.State().Versions.Select(v => v.Version).Order());
        Assert.Single(registry.EvidenceFor("synthetic-v3", "readiness", "synthetic-v2"));
        Assert.True(ModelRegistry.Open(Path.Combine(folder.Path, "registry-degraded")).Verify().Valid);

        // The month ends as pages: the static dashboard of the warehouse and the registry, every section read.
        Assert.Matches(@"wrote \d+ pages \([\d.]+ MB\) in [\d.]+ s; open file://.*/dashboard/index\.html in a browser", run.Out);
        Assert.Contains("or serve it: ./leadscore serve --db ", run.Out);
        foreach (var page in LeadScore.Dashboard.DashboardSite.Pages)
            Assert.DoesNotContain("notice problem", File.ReadAllText(Path.Combine(folder.Path, "dashboard", page.Path)));

        // The warehouse's training table feeds the train command as it is, and predict scores the prospect table.
        var features = "tenure_months,mobility_3yr,firm_rep_count_at_contact,firm_net_change_12mo,has_email,experience_years,tenure_bucket_encoded," +
                       "firm_stability_tier_encoded,days_since_last_move,firm_departures_corrected,is_independent_ria,is_dual_registered";
        var db = Path.Combine(folder.Path, "warehouse.duckdb");
        var train = CliRun.Of("train", "--data", db, "--table", "features.training", "--features", features,
            "--config", SomeLeads.FastConfig(folder), "--out", folder.File("m"));
        Assert.True(train.ExitCode == 0, train.Err);
        var predict = CliRun.Of("predict", "--model", folder.File("m"), "--input", db, "--table", "features.prospects",
            "--id-column", "advisor_crd", "--output", folder.File("prospects.parquet"), "--top-k", "3");
        Assert.True(predict.ExitCode == 0, predict.Err);
        Assert.Matches(@"^scored [\d,]+ rows with \d+ trees", predict.Out);
    }

    [Fact]
    public void The_demo_refuses_to_replace_a_registry_it_did_not_write()
    {
        using var folder = new TempFolder();
        var registry = ModelRegistry.OpenOrCreate(folder.File("registry"));
        registry.Register(SomeVersions.ModelDirectory(folder, "theirs"), "v1", "ana", "test");
        var run = CliRun.Of("demo", "--synthetic-only", "--out", folder.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("registry (or files) the demo did not write", run.Err);
        Assert.False(File.Exists(folder.File("warehouse.duckdb")));
        Assert.Single(registry.State().Events);
    }

    [Fact]
    public void The_demo_without_fixtures_says_exactly_what_it_needs()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("demo", "--fixtures", folder.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrLines);
        Assert.Contains("does not hold the V4.1 fixtures (leads_v41.parquet, models/v4.1.0_r3/model.json", run.Err);
    }

    [Theory]
    [InlineData("v4.1.0_r3")]
    [InlineData("v4.0.0")]
    public void Schema_show_prints_json_that_reads_back_as_the_same_schema(string name)
    {
        var run = CliRun.Of("schema", "show", name);
        Assert.Equal(0, run.ExitCode);
        var read = FeatureSchemaJson.Parse(run.Out, "printed");
        var builtIn = BuiltInSchemas.Find(name)!;
        Assert.Equal(builtIn.Name, read.Name);
        Assert.Equal(builtIn.Features.Select(f => (f.Name, f.Column, f.Nulls)), read.Features.Select(f => (f.Name, f.Column, f.Nulls)));
        Assert.Equal(builtIn.Features.Select(f => f.Categories?.Count), read.Features.Select(f => f.Categories?.Count));
    }

    [Fact]
    public void Schema_list_names_the_built_in_schemas()
    {
        var run = CliRun.Of("schema", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("v4.0.0\t", run.Out);
        Assert.Contains("v4.1.0_r3\t", run.Out);
    }

    [Fact]
    public void An_invalid_schema_file_is_one_clear_error()
    {
        using var folder = new TempFolder();
        var path = SomeFiles.SchemaFile(folder, """{ "features": [ { "name": "x0", "null": "zero" } ] }""");
        var run = CliRun.Of("schema", "show", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\"null\" must be \"reject\", \"missing\" or {\"fill\": <number>}", run.Err);
    }
}
