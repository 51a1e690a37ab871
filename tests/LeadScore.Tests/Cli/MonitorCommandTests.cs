using System.Globalization;
using LeadScore.Registry;
using LeadScore.Tests.Lists;
using LeadScore.Tests.Registry;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Synthetic;
using Xunit.Abstractions;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Cli;

/// <summary>
/// <c>leadscore monitor</c> on the full-scale January list (<see cref="ListWorld"/>) with synthetic outcomes drawn from
/// the generator's truth: a healthy stream is all clear under the default preset (the seed preset's verdict shown
/// beside it; only the drift rules may alert, since the synthetic scoring run drifts); a degraded one (ranking broken) asks for a planned rollback, and <c>--apply</c> rolls the registry back
/// once, with the report as evidence; a second run changes nothing. Lifts are measured over the list's true rate.
/// </summary>
[Collection(ListWorldCollection.Name)]
public sealed class MonitorCommandTests(ListWorld world, ITestOutputHelper log)
{
    private const string AsOf = "2026-02-28";

    private string WithOutcomes(string scenario)
    {
        var db = world.Fresh();
        var file = world.Folder.File($"monitor-{scenario}-{Guid.NewGuid():N}.csv");
        Assert.Equal(0, CliRun.Of("synth", "outcomes", "--db", db, "--list", ListWorld.Month, "--scenario", scenario, "--out", file).ExitCode);
        var imported = CliRun.Of("outcomes", "import", file, "--db", db);
        Assert.True(imported.ExitCode == 0, imported.Err);
        return db;
    }

    private string ListRate(string db)
    {
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        var (truth, _, leads) = GroundTruth.ListConversions(warehouse, ListWorld.Month);
        return (truth / leads).ToString("0.0000", CultureInfo.InvariantCulture);
    }

    private CliRun Monitor(params string[] args)
    {
        var run = CliRun.Of(["monitor", "--as-of", AsOf, .. args]);
        log.WriteLine(run.Out + run.Err);
        return run;
    }

    [Fact]
    public void A_healthy_stream_is_all_clear_by_default_and_the_seed_presets_verdict_is_shown_beside_it()
    {
        var db = WithOutcomes("healthy");
        var run = Monitor("--db", db, "--baseline", ListRate(db), "--json", world.Folder.File($"healthy-{Guid.NewGuid():N}.json"));
        // The synthetic world's scoring run drifts from the model's training rows (PSI above 0.1 on a few features): the drift
        // rules may alert, and nothing else fires.
        Assert.True(run.ExitCode is 0 or 10, run.Err);
        var fired = run.Out.Split('\n').Where(l => l.Contains("│ FIRED │")).ToList();
        Assert.All(fired, l => Assert.StartsWith("│ psi-", l));
        Assert.Contains("the other preset on the same outcomes:", run.Out);
        // Without the drift rules, the default preset on the healthy outcomes is all clear.
        var rules = world.Folder.File($"outcome-rules-{Guid.NewGuid():N}.json");
        var preset = LeadScore.Monitoring.RuleSet.Preset("default");
        File.WriteAllText(rules, (preset with { Name = "default-without-drift", Rules = preset.Rules.Where(r => !r.Name.StartsWith("psi", StringComparison.Ordinal)).ToList() }).ToJson());
        var outcomesOnly = Monitor("--db", db, "--baseline", ListRate(db), "--preset", rules);
        Assert.True(outcomesOnly.ExitCode == 0, outcomesOnly.Out + outcomesOnly.Err);
        Assert.Contains("all clear (exit code 0)", outcomesOnly.Out);
        Assert.Contains("conversions by score decile (10 = top)", run.Out);
    }

    [Fact]
    public void A_degraded_stream_is_rolled_back_once_with_the_report_as_evidence()
    {
        var db = WithOutcomes("degraded");
        using var folder = new TempFolder();
        var registry = ModelRegistry.OpenOrCreate(folder.File("registry"));
        registry.Register(SomeVersions.ModelDirectory(folder, "before"), "v0", "ana", "test");
        registry.Register(world.Model, "synthetic", "ana", "test");
        registry.Promote("v0", ModelStatus.Champion, "ana", "the earlier model", null, force: true);
        registry.Promote("synthetic", ModelStatus.Champion, "ana", "the model of the January list", null, force: true);
        string[] args = ["--db", db, "--baseline", ListRate(db), "--registry", registry.Path, "--apply"];

        var first = Monitor(args);
        Assert.Equal(20, first.ExitCode);
        Assert.Contains("--apply: rolled back synthetic", first.Out);
        var rollback = registry.State().Events.Last();
        Assert.Equal("rollback", rollback.Action);
        Assert.Contains("rule top-decile-lift-week fired", rollback.Reason);
        Assert.True(File.Exists(registry.EvidencePath(rollback.EvidenceSha256!)));
        Assert.Equal("v0", registry.State().Champion);

        var events = registry.State().Events.Count;
        var second = Monitor(args);
        Assert.Equal(20, second.ExitCode);
        Assert.Contains("already acted on this evidence", second.Out);
        Assert.Equal(events, registry.State().Events.Count);
    }

    [Fact]
    public void Bad_inputs_get_one_line_each()
    {
        using var folder = new TempFolder();
        void Refused(CliRun run, string message)
        {
            Assert.Equal(1, run.ExitCode);
            Assert.Contains(message, run.Err);
        }
        Refused(Monitor("--db", world.Database), "holds no outcomes; import them with `leadscore outcomes import");
        Refused(CliRun.Of("monitor", "--db", world.Database, "--as-of", "2099-01-01"), "is in the future");
        Refused(CliRun.Of("monitor", "--db", world.Database, "--as-of", "28/02/2026"), "'28/02/2026' is not a date");
        Refused(Monitor("--db", folder.File("missing.duckdb")), "missing.duckdb");
        Refused(Monitor("--db", world.Database, "--baseline", "3"), "'3' is not a conversion rate");
        Refused(Monitor("--db", world.Database, "--preset", "strict"), "strict");
        var db = WithOutcomes("healthy");
        Refused(CliRun.Of("monitor", "--db", db, "--as-of", "2025-12-15"), "is before list 2026-01 starts");
        Refused(Monitor("--db", db, "--list", "2025-12"), "list 2025-12 has no imported outcome");
        Refused(Monitor("--db", db, "--apply", "--registry", folder.File("no-registry")), "no-registry");
        Assert.False(Directory.Exists(folder.File("no-registry")));
    }

    [Fact]
    public void Json_refuses_to_overwrite_the_rules_it_reads()
    {
        var db = WithOutcomes("healthy");
        var rules = world.Folder.File($"rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(rules, LeadScore.Monitoring.RuleSet.Preset("default").ToJson());
        var before = File.ReadAllText(rules);
        var run = Monitor("--db", db, "--preset", rules, "--json", rules);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"--json {rules} is also the input given as --preset", run.Err);
        Assert.Equal(before, File.ReadAllText(rules));
    }

    [Fact]
    public async Task Killed_runs_leave_the_earlier_json_outcome_file_and_imported_outcomes_as_they_were_or_whole()
    {
        var db = WithOutcomes("healthy");
        // monitor --json: the report has no clock time, so a whole one equals an uninterrupted run's.
        var full = world.Folder.File($"full-{Guid.NewGuid():N}.json");
        var uninterrupted = Monitor("--db", db, "--json", full);
        Assert.True(uninterrupted.ExitCode is 0 or 10, uninterrupted.Err);
        var json = world.Folder.File($"monitor-{Guid.NewGuid():N}.json");
        File.WriteAllText(json, "last week's report");
        await KilledRun.After(["monitor", "--db", db, "--as-of", AsOf, "--json", json], "list 2026-01");
        Assert.True(File.ReadAllText(json) is "last week's report" || File.ReadAllText(json) == File.ReadAllText(full));

        // synth outcomes --out: the file drawn for a seed is always the same.
        var drawn = world.Folder.File($"drawn-{Guid.NewGuid():N}.csv");
        Assert.Equal(0, CliRun.Of("synth", "outcomes", "--db", db, "--list", ListWorld.Month, "--scenario", "degraded", "--out", drawn).ExitCode);
        var outcomes = world.Folder.File($"outcomes-{Guid.NewGuid():N}.csv");
        File.WriteAllText(outcomes, "an earlier export\n");
        await KilledRun.After(["synth", "outcomes", "--db", db, "--list", ListWorld.Month, "--scenario", "degraded", "--out", outcomes], "list 2026-01");
        Assert.True(File.ReadAllText(outcomes) is "an earlier export\n" || File.ReadAllText(outcomes) == File.ReadAllText(drawn));

        // outcomes import: the degraded file updates every lead whose outcome differs, in one transaction or not at all.
        var before = Outcomes(db);
        foreach (var delay in new[] { 400, 800 })
        {
            await KilledRun.After(["outcomes", "import", drawn, "--db", db], null, delay);
            var after = Outcomes(db);
            Assert.True(after == before || after.Imports == before.Imports + 1, $"killed after {delay} ms: {after} vs {before}");
            before = after;
        }
    }

    private static (long Imports, long Outcomes, long History, long Converted) Outcomes(string db)
    {
        using var warehouse = Store.OpenExisting(db, readOnly: true);
        using var command = warehouse.Connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM monitor.imports), (SELECT count(*) FROM monitor.outcomes), " +
                              "(SELECT count(*) FROM monitor.outcome_history), (SELECT count(call_scheduled_date) FROM monitor.outcomes)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }
}
