using System.Globalization;
using LeadScore.Tests.Lists;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Scores;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Dashboard;

/// <summary>The Runs page on the full-scale synthetic world (<see cref="ListWorld"/>): the figures the scoring run recorded, and what it says when there is nothing to show.</summary>
[Collection(ListWorldCollection.Name)]
public sealed class RunsPageTests(ListWorld world)
{
    [Fact]
    public void The_newest_run_shows_its_advisors_every_check_and_each_features_psi()
    {
        RunRecord run;
        IReadOnlyList<RunScoreHistogram> histograms;
        using (var warehouse = Store.OpenExisting(world.Database, readOnly: true))
        {
            run = ScoreStore.Runs(warehouse).Single(r => r.Status == "succeeded");
            histograms = RunScoreHistogram.Read(warehouse, run.RunId);
        }
        var page = RenderedPage.Of("runs.html", world.Database);
        Assert.Equal(["Every attempt", "Newest published run", "Older published runs"], page.Sections);
        Assert.DoesNotContain("Not shown", page.Text);
        Assert.Contains(run.Advisors.ToString("N0", CultureInfo.InvariantCulture), page.Text);
        var attempts = page.Rows("attempts");
        Assert.Equal(run.RunId, Assert.Single(attempts).Cells[0]);
        Assert.Equal("published", attempts[0].Cells[3]);

        // Every check the run recorded: shown whole, or (a passed skew check) folded, its PSI in the drift table.
        using var json = System.Text.Json.JsonDocument.Parse(run.Checks);
        var shown = page.Rows("run-checks");
        var psi = page.Rows("run-psi");
        foreach (var check in json.RootElement.EnumerateArray())
        {
            string name = check.GetProperty("check").GetString()!, value = check.GetProperty("value").GetString()!, outcome = check.GetProperty("outcome").GetString()!;
            if (name.StartsWith("skew: ", StringComparison.Ordinal) && outcome == "pass")
                Assert.Contains(psi, r => r.Cells[0] == name[6..] && r.Cells[1] == check.GetProperty("psi").GetDouble().ToString("0.000", CultureInfo.InvariantCulture));
            else
                Assert.Contains(shown, r => r.Cells[1] == name && r.Cells[2] == value && r.Cells[4] == (outcome == "fail" ? "FAIL" : outcome)
                                            && (outcome == "warn" ? r.Class == "near" : outcome != "fail" || r.Class == "fired"));
        }
        // The distribution chart, the PSI chart of the one model: two inline SVG charts; the histogram counts every advisor once per model.
        Assert.Equal(2, page.Charts);
        Assert.Equal(run.Advisors, Assert.Single(histograms).Counts.Sum());
        Assert.Equal("champion", histograms[0].Role);
    }

    [Fact]
    public void A_failed_attempt_is_listed_with_its_reason_and_the_published_run_stays_shown()
    {
        var db = world.Fresh();
        using (var warehouse = Store.OpenExisting(db))
        {
            var published = ScoreStore.Runs(warehouse).Single();
            ScoreStore.RecordFailure(warehouse, published with { Attempt = 2, Status = "failed", Reason = "checks failed: synthetic skew: x (PSI 0.9)", ScoreRows = 0, StartedAt = published.StartedAt.AddHours(1) });
        }
        var page = RenderedPage.Of("runs.html", db);
        var attempts = page.Rows("attempts");
        Assert.Equal(2, attempts.Count);
        Assert.Equal(("fired", "failed", "checks failed: synthetic skew: x (PSI 0.9)"), (attempts[0].Class, attempts[0].Cells[3], attempts[0].Cells[9]));
        Assert.Contains("1 attempt failed a check and published nothing", page.Text);
        Assert.Contains("attempt 1, as of 2025-12-31", page.Text);
    }

    [Fact]
    public void A_warehouse_without_a_scoring_run_says_so_in_every_section()
    {
        using var folder = new TempFolder();
        var db = folder.File("empty.duckdb");
        Store.Open(db).Dispose();
        var page = RenderedPage.Of("runs.html", db);
        Assert.Equal(["Every attempt", "Newest published run", "Older published runs"], page.Sections);
        Assert.Contains("No scoring run has been recorded in this warehouse yet", page.Text);
        Assert.Contains("leadscore score --db W --as-of", page.Text);
        Assert.DoesNotContain("Not shown", page.Text);
    }

    [Fact]
    public void A_missing_warehouse_file_is_named_on_the_page()
    {
        using var folder = new TempFolder();
        var missing = folder.File("nowhere.duckdb");
        var page = RenderedPage.Of("runs.html", missing);
        Assert.Equal(3, page.Sections.Length);
        Assert.Contains("Not shown:", page.Text);
        Assert.Contains("nowhere.duckdb", page.Text[page.Text.IndexOf("Not shown:", StringComparison.Ordinal)..]);
    }
}
