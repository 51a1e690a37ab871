using System.Security.Cryptography;
using LeadScore.Registry;
using LeadScore.Tests.Registry;
using LeadScore.Tests.Reports;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Scores;

namespace LeadScore.Tests.Cli;

public class ReportCommandTests
{
    private const string Generated = "2026-01-05T09:00:00Z";

    private static CliRun Report(params string[] args) => CliRun.Of(["report", "readiness", .. args]);

    private static string Sha(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void The_report_is_written_as_markdown_or_html_with_its_sha256_and_the_same_time_gives_the_same_bytes()
    {
        using var folder = new TempFolder();
        var built = SomeReadiness.Registry(folder);
        foreach (var name in new[] { "readiness.md", "readiness.html" })
        {
            var first = Report("--registry", built.Path, "--challenger", "v2", "--out", folder.File(name), "--generated", Generated);
            Assert.True(first.ExitCode == 0, first.Err);
            var bytes = File.ReadAllBytes(folder.File(name));
            Assert.Contains($"wrote {folder.File(name)}, SHA-256 {Sha(folder.File(name))}", first.Out);
            Assert.Contains("deploy in shadow: rule leaning-challenger (built-in rules)", first.Out);
            var again = Report("--registry", built.Path, "--challenger", "v2", "--out", folder.File(name), "--generated", Generated);
            Assert.Equal(0, again.ExitCode);
            Assert.Equal(bytes, File.ReadAllBytes(folder.File(name)));
        }
        Assert.Equal(["backtest.json", "readiness.html", "readiness.md"], folder.Files().Order());
        var md = File.ReadAllText(folder.File("readiness.md"));
        GoldenFile.Check("Reports/golden/readiness.md", md);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(folder.File("readiness.html")));
    }

    [Fact]
    public void Every_bad_input_is_one_clear_line_and_leaves_an_earlier_report_untouched()
    {
        using var folder = new TempFolder();
        var built = SomeReadiness.Registry(folder);
        var noChampion = folder.File("no-champion");
        var bare = ModelRegistry.OpenOrCreate(noChampion);
        bare.Register(SomeVersions.ModelDirectory(folder, "bare"), "v1", "ana", "test");
        bare.Register(SomeVersions.ModelDirectory(folder, "bare2"), "v2", "ana", "test");
        File.WriteAllText(folder.File("bad-rules.json"), """{ "rules": [ { "name": "a", "outcome": "deploy", "because": "x", "when": { "probability_higher": 0.9 } } ] }""");
        File.WriteAllText(folder.File("rules.md"), File.ReadAllText(GoldenFile.Path("../../src/LeadScore.Reports/readiness-rules.json")));
        var report = folder.File("report.md");
        string[] Base(params string[] extra) => ["--registry", built.Path, "--challenger", "v2", "--out", report, .. extra];

        Refused(report, ["--registry", folder.File("nope"), "--challenger", "v2", "--out", report], $"{folder.File("nope")}: no registry there; pass --registry");
        Refused(report, ["--registry", built.Path, "--challenger", "v9", "--out", report], "no version or alias 'v9' in the registry; versions: v1, v2.");
        Refused(report, ["--registry", noChampion, "--challenger", "v2", "--out", report], $"registry {noChampion} has no champion to compare v2 against; pass --champion VERSION");
        Refused(report, ["--registry", built.Path, "--challenger", "v1", "--champion", "v2", "--out", report],
            $"no backtest of v1 against v2 is recorded in {built.Path}; record one first with `leadscore backtest --registry {built.Path} --champion registry:v2 --challenger registry:v1 --data LEADS --window FROM..TO --record`");
        Refused(report, Base("--champion", "v2"), "--challenger and --champion are both v2");
        Refused(report, Base("--evidence", "0123456789abcdef"), "--evidence 0123456789abcdef: no backtest of v2 against v1 with that SHA-256 is recorded; recorded: " + built.EvidenceSha256);
        Refused(report, Base("--rules", folder.File("bad-rules.json")), $"{folder.File("bad-rules.json")}: unknown field 'probability_higher' in rule 'a' (rules[0]).when (known: verdict,");
        Refused(report, Base("--rules", folder.File("missing.json")), $"--rules {folder.File("missing.json")}: no such file or folder");
        Refused(report, ["--registry", built.Path, "--challenger", "v2", "--rules", folder.File("rules.md"), "--out", folder.File("rules.md")],
            $"--out {folder.File("rules.md")} is also the input given as --rules", folder.File("rules.md"));
        Refused(report, ["--registry", built.Path, "--challenger", "v2", "--out", Path.Combine(built.Path, "report.md")],
            $"--out {Path.Combine(built.Path, "report.md")} lies inside {built.Path} (given as --registry)");
        Refused(report, ["--registry", built.Path, "--challenger", "v2", "--out", folder.File("report.pdf")], $"--out {folder.File("report.pdf")}: the name must end in .md or .html");
        Refused(report, ["--registry", built.Path, "--challenger", "v2", "--out", folder.File(Path.Combine("missing", "report.md"))],
            $"{folder.File(Path.Combine("missing", "report.md"))}: the folder {folder.File("missing")} does not exist");
        Refused(report, Base("--generated", "yesterday"), "--generated: 'yesterday' is not an ISO time");

        var kept = built.Registry.EvidencePath(built.EvidenceSha256);
        var original = File.ReadAllBytes(kept);
        File.WriteAllText(kept, "{}");
        Refused(report, Base(), $"{kept} no longer matches its SHA-256 {built.EvidenceSha256}");
        File.Delete(kept);
        Refused(report, Base(), $"the backtest evidence {built.EvidenceSha256} is missing from the registry");
        File.WriteAllBytes(kept, original);
        Assert.Equal(0, Report(Base()).ExitCode);
    }

    // Refused: exit 1, one line on stderr, and the earlier report (or the input named) byte for byte as it was.
    private static void Refused(string report, string[] args, string message, string? untouched = null)
    {
        var target = untouched ?? report;
        var before = File.Exists(target) ? File.ReadAllBytes(target) : null;
        if (before is null)
        {
            File.WriteAllText(target, "an earlier report\n");
            before = File.ReadAllBytes(target);
        }
        var run = Report(args);
        Assert.True(run.ExitCode == 1, $"{string.Join(' ', args)}: exit {run.ExitCode}, {run.Err}");
        Assert.Single(run.ErrLines);
        Assert.StartsWith("error: " + message, run.Err);
        Assert.Equal(before, File.ReadAllBytes(target));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target)!, "*.tmp"));
    }

    [Fact]
    public void A_recorded_report_is_the_evidence_a_promotion_to_champion_then_records()
    {
        using var folder = new TempFolder();
        var built = SomeReadiness.Registry(folder, allSignOffs: true);
        var report = folder.File("readiness.html");
        var run = Report("--registry", built.Path, "--challenger", "v2", "--out", report, "--record", "--by", "ana");
        Assert.True(run.ExitCode == 0, run.Err);
        var sha = Sha(report);
        Assert.Contains($"readiness evidence for v2 against v1, SHA-256 {sha}", run.Out);
        Assert.Equal(sha, built.Registry.EvidenceFor("v2", "readiness", "v1")[0].EvidenceSha256);

        var promoted = CliRun.Of("registry", "promote", "v2", "--registry", built.Path, "--by", "bo", "--reason", "ready");
        Assert.True(promoted.ExitCode == 0, promoted.Err);
        var e = built.Registry.State().Events[^1];
        Assert.Equal(("promote", "v2", sha), (e.Action, e.Version, e.EvidenceSha256));
        Assert.Equal(File.ReadAllBytes(report), File.ReadAllBytes(built.Registry.EvidencePath(sha)));
        Assert.Equal("v2", built.Registry.State().Champion);
    }

    [Fact]
    public void With_db_the_last_published_scoring_run_is_checked_and_its_skew_listed()
    {
        using var folder = new TempFolder();
        var built = SomeReadiness.Registry(folder);
        var db = folder.File("ws.duckdb");
        using (var warehouse = LeadScore.Warehouse.Warehouse.Open(db))
        {
            const string models = """[{"version":"v1","role":"champion"},{"version":"v2","role":"challenger"}]""";
            string Checks(string psi, string outcome) =>
                $$"""[{"model":"v2","check":"skew: x1","value":"PSI {{psi}}; median 3","expected":"PSI < 0.1 (≥ 0.25 fails); TRAIN median 1","outcome":"{{outcome}}"},""" +
                """{"model":"v2","check":"skew: x0","value":"PSI 0.004; median 0.4","expected":"PSI < 0.1 (≥ 0.25 fails); TRAIN median 0.5","outcome":"pass"}]""";
            DateTime At(int day) => new(2025, 12, day, 23, 0, 0, DateTimeKind.Utc);
            ScoreStore.Publish(warehouse, new RunRecord("2025-12-31", 1, new DateOnly(2025, 12, 31), "succeeded", null, models, "hash", "features.snapshot_x",
                100, 0, Checks("0.142", "warn"), "{}", At(31), At(31)), []);
            ScoreStore.RecordFailure(warehouse, new RunRecord("2026-01-31", 1, new DateOnly(2026, 1, 31), "failed", "checks failed", models, "hash", "features.snapshot_x",
                100, 0, Checks("0.31", "fail"), "{}", At(31).AddDays(31), At(31).AddDays(31)));
        }
        var run = Report("--registry", built.Path, "--challenger", "v2", "--db", db, "--out", folder.File("readiness.md"), "--generated", Generated);
        Assert.True(run.ExitCode == 0, run.Err);
        var md = File.ReadAllText(folder.File("readiness.md"));
        Assert.Contains("| Scoring run | run 2025-12-31 (attempt 1) as of 2025-12-31 in `ws.duckdb`, finished 2025-12-31 23:00 UTC |", md);
        Assert.Contains("- [x] Last published scoring run: 2025-12-31 (attempt 1)", md);
        Assert.Contains("  - [x] v2 scored as challenger: 2 checks, 1 warning(s), 0 failure(s)", md);
        Assert.Contains("  - [x] v1 scored as champion: 0 checks, 0 warning(s), 0 failure(s)", md);
        Assert.Contains("| v2 | `x1` | PSI 0.142; median 3 | PSI < 0.1 (≥ 0.25 fails); TRAIN median 1 | warn |", md);
        Assert.Contains("| v2 | 1 other features | largest PSI 0.004 (`x0`) | PSI < 0.1 (≥ 0.25 fails) | pass |", md);
        Assert.Contains("| skew_warnings | 1 |", md);

        var missing = Report("--registry", built.Path, "--challenger", "v2", "--db", folder.File("nope.duckdb"), "--out", folder.File("readiness.md"));
        Assert.Equal(1, missing.ExitCode);
        Assert.StartsWith($"error: --db {folder.File("nope.duckdb")}: no such file or folder", missing.Err);
    }

    [SkippableFact]
    public void The_real_backtest_recorded_from_the_fixtures_makes_a_report_with_its_numbers()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        using var folder = new TempFolder();
        var registry = folder.File("registry");
        void Ok(params string[] args)
        {
            var run = CliRun.Of(args);
            Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)}: {run.Err}");
        }
        Ok("registry", "import-xgboost", Fixtures.Path("models", "v4.0.0"), "--version", "v4.0.0", "--schema", "v4.0.0", "--registry", registry, "--by", "ana");
        Ok("registry", "import-xgboost", Fixtures.Path("models", "v4.1.0_r3"), "--version", "v4.1.0", "--schema", "v4.1.0_r3", "--registry", registry, "--by", "ana");
        Ok("registry", "promote", "v4.0.0", "--as", "champion", "--force", "--reason", "the production model of December 2025", "--registry", registry, "--by", "ana");
        Ok("registry", "promote", "v4.1.0", "--as", "challenger", "--registry", registry, "--by", "ana");
        Ok("backtest", "--legacy", "--registry", registry, "--champion", "registry:v4.0.0", "--challenger", "registry:v4.1.0", "--data", Fixtures.Path("leads_v41.parquet"), "--record");
        var run = Report("--registry", registry, "--challenger", "v4.1.0", "--out", folder.File("readiness.md"));
        Assert.True(run.ExitCode == 0, run.Err);
        var md = File.ReadAllText(folder.File("readiness.md"));
        Assert.Contains("| Conversion rate (95% Wilson interval) | 4.31% (3.61–5.14%) | 4.57% (3.84–5.42%) |", md);
        Assert.Contains("95% paired interval +0.04 to +0.55", md);
        Assert.Contains("AUC difference +0.0351, 95% interval +0.0091 to +0.0612", md);
        Assert.Contains("recomputed here as 66.15%", md);
        Assert.Contains("| Statistical confidence | 66.1% | 66.15% (loop), 66.17% (closed form) |", md);
        Assert.Contains("**Deploy in shadow.** Rule `win-not-ready`", md);
    }
}
