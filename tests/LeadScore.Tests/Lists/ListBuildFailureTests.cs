using LeadScore.Warehouse;
using LeadScore.Lists;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Lists;

namespace LeadScore.Tests.Lists;

/// <summary>
/// Inputs a list cannot be built from: each refused with one line that names what was given and what to do, and nothing
/// published; a short pool is recorded as a failed attempt unless a short list is allowed; a failed attempt leaves the
/// month's published list as it was, and a successful re-run replaces it.
/// </summary>
public class ListBuildFailureTests : IDisposable
{
    private readonly ListWarehouse w = new();

    public void Dispose()
    {
        w.Dispose();
        GC.SuppressFinalize(this);
    }

    private static void OneLine(ListException e, params string[] parts)
    {
        Assert.DoesNotContain('\n', e.Message);
        foreach (var part in parts) Assert.Contains(part, e.Message, StringComparison.Ordinal);
    }

    private void NothingPublished() => Assert.Empty(ListStore.Runs(w.Store));

    [Fact]
    public void A_warehouse_without_a_scoring_run_is_refused()
    {
        using var empty = new ListWarehouse(withRun: false);
        empty.Advisor(1);
        OneLine(empty.Refused(), "no successful scoring run for 2026-01", "the warehouse has none", "leadscore score --as-of 2025-12-31");
        Assert.Empty(ListStore.Runs(empty.Store));
    }

    [Fact]
    public void Only_a_failed_scoring_run_is_no_run()
    {
        using var failed = new ListWarehouse(withRun: false);
        failed.ScoringRun("run-2025-12", ListWarehouse.AsOf, status: "failed", reason: "a check failed");
        OneLine(failed.Refused(), "no successful scoring run for 2026-01", "the warehouse has none");
        Assert.Empty(ListStore.Runs(failed.Store));
    }

    [Fact]
    public void A_scoring_run_too_old_for_the_month_is_refused_naming_the_latest()
    {
        OneLine(w.Refused(month: "2026-03"), "no successful scoring run for 2026-03", "(the latest is run-2025-12 as of 2025-12-31)");
        NothingPublished();
    }

    [Fact]
    public void A_named_run_that_does_not_exist_is_refused()
    {
        OneLine(w.Refused(run: "run-1999-01"), "--run run-1999-01: the warehouse has no scoring run of that name");
        NothingPublished();
    }

    [Fact]
    public void A_named_run_that_failed_is_refused_with_its_reason()
    {
        w.ScoringRun("run-bad", ListWarehouse.AsOf, status: "failed", reason: "AUC below the gate");
        OneLine(w.Refused(run: "run-bad"), "--run run-bad: that scoring run was not published (its latest attempt failed: AUC below the gate)");
        NothingPublished();
    }

    [Fact]
    public void No_active_sales_rep_is_refused()
    {
        using var noReps = new ListWarehouse(withRep: false);
        noReps.Rep("005A", "Gone Rep", active: false).Rep("005B", "Admin User", sga: false).Advisor(1).Score(1, 90);
        OneLine(noReps.Refused(), "raw.users has no active sales rep (is_active and is_sga__c)");
        Assert.Empty(ListStore.Runs(noReps.Store));
    }

    [Theory]
    [InlineData("2026-1")]
    [InlineData("2026-13")]
    [InlineData("January")]
    [InlineData("2026-01-01")]
    public void A_month_that_is_not_yyyy_mm_is_refused(string month)
    {
        OneLine(w.Refused(month: month), $"--month '{month}' is not a month", "YYYY-MM");
        NothingPublished();
    }

    [Fact]
    public void A_warehouse_without_salesforce_tasks_is_refused()
    {
        w.Advisor(1).Score(1, 90).Lead("00Q001", 1);
        w.Execute("DROP TABLE raw.tasks");
        OneLine(w.Refused(perSga: 1), "raw.tasks", "leadscore warehouse import");
        NothingPublished();
    }

    [Fact]
    public void Contacted_leads_without_a_single_task_mean_the_activity_was_never_imported_and_are_refused()
    {
        // Opening a warehouse for writing creates an empty raw.tasks: the table alone proves nothing.
        w.Advisor(1).Score(1, 90).Lead("00Q001", 1);
        w.Execute("UPDATE raw.leads SET stage_entered_contacting__c = TIMESTAMP '2025-06-02 10:00:00'");
        OneLine(w.Refused(perSga: 1), "raw.tasks (it is empty, while raw.leads holds 1 contacted leads)", "leadscore warehouse import");
        NothingPublished();
    }

    [Fact]
    public void A_warehouse_whose_leads_lack_the_do_not_call_flag_is_refused()
    {
        w.Advisor(1).Score(1, 90);
        w.Execute("ALTER TABLE raw.leads DROP COLUMN do_not_call");
        OneLine(w.Refused(perSga: 1), "status or do_not_call column in raw.leads");
        NothingPublished();
    }

    [Fact]
    public void A_policy_naming_a_tier_the_rules_do_not_have_is_refused()
    {
        var p = ListWarehouse.Roomy();
        var quotas = p.QuotasPer12Sgas.ToDictionary(q => q.Key, q => q.Value);
        quotas["TIER_9_UNICORN"] = 10;
        OneLine(w.Refused(p with { QuotasPer12Sgas = quotas }), "policy 'default' names tier TIER_9_UNICORN in quotas_per_12_sgas, which the rules do not have");
        OneLine(w.Refused(p with { Disagreement = p.Disagreement with { Tiers = ["TIER_1_PRIME_MOVER", "TIER_0"] } }), "names tier TIER_0 in disagreement.tiers");
        quotas.Remove("TIER_9_UNICORN");
        quotas.Remove("TIER_2_PROVEN_MOVER");
        OneLine(w.Refused(p with { QuotasPer12Sgas = quotas }), "the rules have tier TIER_2_PROVEN_MOVER but policy 'default' gives it no quota");
        NothingPublished();
    }

    [Fact]
    public void A_short_pool_is_recorded_as_failed_and_publishes_nothing()
    {
        w.Advisor(1).Score(1, 90).Advisor(2).Score(2, 85).Advisor(3).Score(3, 10).Advisor(4);
        var result = w.Build(perSga: 5);
        Assert.False(result.Published);
        var run = Assert.Single(ListStore.Runs(w.Store));
        Assert.Equal((AttemptStatus.Failed, 0L, 0L), (run.Status, run.Leads, run.Dropped));
        Assert.Equal("the list is 3 short of 1 reps × 5 = 5: the pool has 2 advisors left after the exclusions, filters and quotas " +
                     "(not_scored 1, deprioritized 1); pass --allow-short to publish a short list", run.Reason);
        Assert.Empty(w.Rows("SELECT * FROM lists.leads"));
        Assert.Empty(w.Rows("SELECT * FROM lists.dropped"));
    }

    [Fact]
    public void A_short_pool_is_published_when_allowed_with_the_shortfall_recorded()
    {
        w.Advisor(1).Score(1, 90).Advisor(2).Score(2, 85).Advisor(3).Score(3, 10).Advisor(4);
        var result = w.Build(perSga: 5, allowShort: true);
        Assert.True(result.Published);
        var run = ListStore.Published(w.Store, ListWarehouse.Month)!;
        Assert.Equal((2L, 2L), (run.Leads, run.Dropped));
        Assert.Equal("the list is 3 short of 1 reps × 5 = 5: the pool has 2 advisors left after the exclusions, filters and quotas " +
                     "(not_scored 1, deprioritized 1)", run.Reason);
        Assert.Equal([1L, 2L], w.ListCrds());
    }

    [Fact]
    public void A_failed_attempt_leaves_the_published_list_as_it_was_and_a_successful_one_replaces_it()
    {
        w.Advisor(1).Score(1, 90).Advisor(2).Score(2, 85);
        Assert.True(w.Build(perSga: 2).Published);
        const string snapshot = "SELECT * EXCLUDE (list_id) FROM lists.leads ORDER BY list_rank";
        var before = w.Rows(snapshot);
        var droppedBefore = w.Rows("SELECT * FROM lists.dropped ORDER BY advisor_crd");

        Assert.False(w.Build(perSga: 3).Published);   // two advisors for three places
        Assert.Equal(before, w.Rows(snapshot));
        Assert.Equal(droppedBefore, w.Rows("SELECT * FROM lists.dropped ORDER BY advisor_crd"));
        Assert.Equal([(1, AttemptStatus.Succeeded), (2, AttemptStatus.Failed)], ListStore.Runs(w.Store).Select(r => (r.Attempt, r.Status)));

        w.Advisor(3).Score(3, 95);
        Assert.True(w.Build(perSga: 3).Published);
        Assert.Equal([3L, 1L, 2L], w.ListCrds());
        Assert.Equal([(1, AttemptStatus.Replaced), (2, AttemptStatus.Failed), (3, AttemptStatus.Succeeded)],
            ListStore.Runs(w.Store).Select(r => (r.Attempt, r.Status)));
        Assert.Equal(3, ListStore.Published(w.Store, ListWarehouse.Month)!.Attempt);
    }
}
