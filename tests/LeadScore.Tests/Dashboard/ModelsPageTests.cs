using System.Globalization;
using LeadScore.Dashboard;
using LeadScore.Metrics;
using LeadScore.Registry;
using LeadScore.Tests.Registry;
using LeadScore.Tests.Support;
using static LeadScore.Tests.Dashboard.SomeDashboard;

namespace LeadScore.Tests.Dashboard;

public class ModelsPageTests
{
    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    [Fact]
    public void The_live_champion_shows_since_the_event_that_made_it_champion_and_every_event_is_a_row()
    {
        using var folder = new TempFolder();
        var built = WithReports(folder);
        var state = built.Readiness.Registry.State();
        var html = Render("models.html", built.Sources);

        var promotion = state.Events.Single(e => e.Action == "promote" && e.Changes.Any(c => c.To == "champion"));
        Assert.Equal("v1", state.LiveAt(Now));
        Assert.Contains($"since {promotion.Time.UtcDateTime:yyyy-MM-dd HH:mm} UTC, event #{promotion.Seq} (promote by ana, FORCED)", html);
        var events = Rows(html, "registry-events");
        Assert.Equal(state.Events.Count, events.Count);
        Assert.Equal(state.Events.Select(e => e.Seq.ToString(CultureInfo.InvariantCulture)), events.Select(r => r[0]));
        Assert.Equal("FORCED", events.Single(r => r[0] == promotion.Seq.ToString(CultureInfo.InvariantCulture))[8]);
        Assert.Contains("v1 candidate -> champion", events[(int)promotion.Seq - 1][5]);
        Assert.Equal($"{built.HtmlSha256[..12]}… (readiness)", events.Single(r => r[6].Contains("(html)", StringComparison.Ordinal))[7]);
        var champions = Rows(html, "champion-periods");
        Assert.Equal(["v1", "2025-12-02 09:00 UTC", "still live"], champions.Single()[..3]);
        Assert.Contains("<svg", html);
        Assert.DoesNotContain("Not shown", html);
    }

    [Fact]
    public void The_comparison_shows_each_arms_decile_lifts_and_the_paired_interval_the_backtest_computed()
    {
        using var folder = new TempFolder();
        var built = WithReports(folder);
        var b = built.Readiness.Backtest;
        var html = Render("models.html", built.Sources);

        var rate = b.Comparison.Paired.Rate;
        Assert.Contains($"{F(100 * rate.Lower, "+0.00;-0.00")} to {F(100 * rate.Upper, "+0.00;-0.00")}", html);
        Assert.Contains($"{F(100 * b.Champion.Rate.Rate, "F2")}% ({F(100 * b.Champion.Rate.Lower, "F2")}–{F(100 * b.Champion.Rate.Upper, "F2")}%)", html);
        Assert.Contains($"{F(b.Comparison.Auc.Difference, "+0.0000;-0.0000")}", html);
        var deciles = Rows(html, "backtest-deciles");
        Assert.Equal(10, deciles.Count);
        double overall = (double)b.Conversions / b.Leads;
        string Lift(DecileRow d)
        {
            var i = Wilson.Interval(d.Conversions, d.Count);
            return $"{F(d.Lift, "0.00")}× ({F(i.Lower / overall, "0.00")}–{F(i.Upper / overall, "0.00")})";
        }
        for (int d = 0; d < 10; d++)
        {
            Assert.Equal(Lift(b.Champion.Deciles[d]), deciles[d][3]);
            Assert.Equal(Lift(b.Challenger.Deciles[d]), deciles[d][6]);
        }
        Assert.Contains($"href=\"reports/{built.MarkdownSha256}.html\"", html);
        Assert.True(Count(html, "<svg") >= 2, "expected the timeline and the decile lift charts");
    }

    [Fact]
    public void Each_gate_shows_its_outcome_and_a_failing_gate_set_says_FAIL()
    {
        using var folder = new TempFolder();
        var built = WithReports(folder);
        built.Readiness.Registry.Register(SomeVersions.ModelDirectory(folder, "failing", "fail"), "v3", "cy", "test");
        var html = Render("models.html", built.Sources);

        var v2 = Rows(html, "gates-v2");
        Assert.Equal([("G8.1", "warn"), ("G9.2", "pass"), ("G9.4", "skipped")], v2.Select(r => (r[0], r[5])));
        Assert.Equal("FAIL", Rows(html, "gates-v3").Single()[5]);
        var versions = Rows(html, "versions");
        Assert.Equal(["v1", "v2", "v3"], versions.Select(r => r[0]).Order(StringComparer.Ordinal));
        Assert.StartsWith("FAIL", versions.Single(r => r[0] == "v3")[5]);
        Assert.StartsWith("warn", versions.Single(r => r[0] == "v2")[5]);
        Assert.All(versions, r => Assert.StartsWith("intact", r[7]));
        Assert.Contains("data-science (ana), engineering (cy); missing: business", versions.Single(r => r[0] == "v2")[6]);
    }

    [Fact]
    public void A_changed_file_shows_the_version_not_intact()
    {
        using var folder = new TempFolder();
        var built = WithReports(folder);
        File.AppendAllText(Path.Combine(built.Readiness.Registry.VersionFolder("v2"), "gates.json"), " ");
        var html = Render("models.html", built.Sources);
        var v2 = Rows(html, "versions").Single(r => r[0] == "v2");
        Assert.Equal("NOT intact: gates.json changed", v2[7]);
        Assert.Contains("not read", v2[5]);
        Assert.Contains("1 problem", html);
    }

    [Fact]
    public void Without_a_backtest_the_page_says_so_and_names_the_command_that_records_one()
    {
        using var folder = new TempFolder();
        var (path, registry) = SomeVersions.TwoVersions(folder);
        registry.Promote("v2", ModelStatus.Challenger, "bo", null, null, false);
        var html = Render("models.html", new DashboardSources(null, path));
        Assert.Contains("No backtest of v2 against v1 is recorded. Record one with: leadscore backtest --registry", html);
        Assert.Contains("--champion registry:v1 --challenger registry:v2 --data LEADS.parquet --record", html);
        Assert.DoesNotContain("Not shown", html);
    }

    [Fact]
    public void A_missing_registry_is_named_in_every_section_and_the_page_still_renders()
    {
        using var folder = new TempFolder();
        var missing = folder.File("no-registry");
        var document = DashboardSite.Render("models.html", new DashboardSources(null, missing), Now)!;
        var html = System.Text.Encoding.UTF8.GetString(document.Body);
        Assert.False(document.Complete);
        Assert.Equal(5, Count(html, "<section"));
        Assert.Equal(5, Count(html, "class=\"notice problem\""));
        Assert.Contains(missing, html);
        Assert.Contains("</footer>", html);

        var none = Render("models.html", new DashboardSources(folder.File("w.duckdb"), null));
        Assert.Contains("Not shown: no model registry was given (serve --registry R)", none);
    }

    [SkippableFact]
    public void The_legacy_registry_shows_every_champion_period_and_the_gap_without_one()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        using var folder = new TempFolder();
        var registry = ModelRegistry.OpenOrCreate(folder.File("registry"));
        Imports.Legacy(registry, Fixtures.Path("published", "registry.json"), "root");
        var html = Render("models.html", new DashboardSources(null, registry.Path));
        var periods = Rows(html, "champion-periods");
        Assert.Equal(["v4.0.0", "v4.1.0", "v4.2.0", "v4.3.0"], periods.Select(p => p[0]));
        Assert.Equal("2026-01-01 00:00 UTC", periods[1][2]);
        Assert.StartsWith("#5 deprecate", periods[1][6]);
        Assert.Equal("2026-01-07 00:00 UTC", periods[2][1]);
        Assert.Equal(registry.State().Events.Count, Rows(html, "registry-events").Count);
    }

    [SkippableFact]
    public void The_fixture_models_show_the_two_gates_v4_0_0_fails()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        using var folder = new TempFolder();
        var registry = ModelRegistry.OpenOrCreate(folder.File("registry"));
        Imports.XGBoost(registry, Fixtures.Path("models", "v4.0.0"), "v4.0.0", "v4.0.0", "ana");
        var html = Render("models.html", new DashboardSources(null, registry.Path));
        var failed = Rows(html, "gates-v4-0-0").Where(r => r[5] == "FAIL").Select(r => (r[0], r[3])).ToArray();
        Assert.Equal([("G8.2", "1.000914"), ("G9.3", "0.598859")], failed);
        Assert.Contains("XGBoost, 121 trees, 14 features", html);
    }
}
