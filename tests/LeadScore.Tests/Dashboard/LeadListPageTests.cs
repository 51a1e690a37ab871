using System.Globalization;
using LeadScore.Tests.Lists;
using LeadScore.Tests.Support;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Dashboard;

/// <summary>The Lead list page on the full-scale January list (<see cref="ListWorld"/>): the figures the list build computed, and what it says without a list.</summary>
[Collection(ListWorldCollection.Name)]
public sealed class LeadListPageTests(ListWorld world)
{
    private static string F2(double x) => x.ToString("0.00", CultureInfo.InvariantCulture);

    [Fact]
    public void The_list_shows_every_lead_and_each_reps_leads_and_expected_conversions_as_the_build_computed_them()
    {
        var page = RenderedPage.Of("list.html", world.Database);
        var summary = world.List.Summary;
        Assert.Equal(["Which list", "Leads", "Per rep", "The list's checks"], page.Sections);
        Assert.DoesNotContain("Not shown", page.Text);
        Assert.Contains(summary.Leads.ToString("N0", CultureInfo.InvariantCulture), page.Text);
        Assert.Contains(summary.ExpectedConversions.ToString("0.0", CultureInfo.InvariantCulture), page.Text);

        var leads = page.Rows("leads");
        Assert.Equal(summary.Leads, leads.Count);
        var reps = page.Rows("rep-loads");
        Assert.Equal(summary.Reps.Count, reps.Count);
        foreach (var load in summary.Assignment.Loads)
        {
            string name = summary.Reps[load.Rep].Name;
            var row = Assert.Single(reps, r => r.Cells[0] == name);
            Assert.Equal(load.Leads.ToString("N0", CultureInfo.InvariantCulture), row.Cells[1]);
            Assert.Equal(F2(load.ExpectedConversions), row.Cells[2]);
            Assert.Equal(load.Leads, leads.Count(l => l.Cells[0] == name));
        }
        Assert.Equal(1, page.Charts);
    }

    [Fact]
    public void A_lead_shows_its_rep_tier_score_reasons_and_narrative_and_the_table_can_be_filtered_and_downloaded()
    {
        string rep, tier, narrative;
        string[] reasons;
        int percentile;
        using (var warehouse = Store.OpenExisting(world.Database, readOnly: true))
        using (var command = warehouse.Connection.CreateCommand())
        {
            command.CommandText = "SELECT sga_name, final_tier, v4_percentile, reason1_feature || ' = ' || reason1_value, reason2_feature || ' = ' || reason2_value, " +
                                  "reason3_feature || ' = ' || reason3_value, v4_narrative FROM lists.leads WHERE list_id = '2026-01' AND list_rank = 1";
            using var reader = command.ExecuteReader();
            Assert.True(reader.Read());
            (rep, tier, percentile, reasons, narrative) = (reader.GetString(0), reader.GetString(1), reader.GetInt32(2),
                [reader.GetString(3), reader.GetString(4), reader.GetString(5)], reader.GetString(6));
        }
        var page = RenderedPage.Of("list.html", world.Database);
        var row = Assert.Single(page.Rows("leads"), r => r.Cells[1] == "1");
        Assert.Equal([rep, tier, percentile.ToString(CultureInfo.InvariantCulture), narrative, .. reasons],
            [row.Cells[0], row.Cells[4], row.Cells[6], row.Cells[8], row.Cells[9], row.Cells[10], row.Cells[11]]);
        Assert.Contains("data-file=\"list-2026-01-shown.csv\"", page.Html);
        Assert.Contains("class=\"table-filter\" data-for=\"leads\"", page.Html);
        Assert.Contains($"<option>{System.Net.WebUtility.HtmlEncode(rep)}</option>", page.Html);
        Assert.Contains($"<option>{tier}</option>", page.Html);
    }

    [Fact]
    public void The_lists_checks_are_shown_with_their_outcomes()
    {
        var page = RenderedPage.Of("list.html", world.Database);
        var checks = page.Rows("list-checks");
        Assert.Equal(world.List.Checks.Count, checks.Count);
        foreach (var c in world.List.Checks)
            Assert.Contains(checks, r => r.Cells[0] == c.Name && r.Cells[1] == c.Value && r.Cells[3] == (c.Passed ? "pass" : "FAIL"));
    }

    [Fact]
    public void A_warehouse_without_a_list_says_so_and_names_the_command()
    {
        var db = world.Fresh();
        using (var warehouse = Store.OpenExisting(db))
        using (var command = warehouse.Connection.CreateCommand())
        {
            command.CommandText = "DROP SCHEMA lists CASCADE";
            command.ExecuteNonQuery();
        }
        var page = RenderedPage.Of("list.html", db);
        Assert.Equal(["Which list", "Leads", "Per rep", "The list's checks"], page.Sections);
        Assert.Contains("No lead list has been built in this warehouse yet", page.Text);
        Assert.Contains("leadscore leadlist --db W --month YYYY-MM", page.Text);
        Assert.DoesNotContain("Not shown", page.Text);
    }

    [Fact]
    public void A_missing_warehouse_file_is_named_on_the_page()
    {
        using var folder = new TempFolder();
        var page = RenderedPage.Of("list.html", folder.File("nowhere.duckdb"));
        Assert.Equal(4, page.Sections.Length);
        Assert.Contains("Not shown:", page.Text);
        Assert.Contains("nowhere.duckdb", page.Text[page.Text.IndexOf("Not shown:", StringComparison.Ordinal)..]);
    }
}
