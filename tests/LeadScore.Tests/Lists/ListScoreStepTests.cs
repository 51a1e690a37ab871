using LeadScore.Tests.Support;

namespace LeadScore.Tests.Lists;

/// <summary>The steps that read the champion's score (spec §5.2 G, H, K, N): not scored, the bottom-20 cut, the backfill, the disagreement filter.</summary>
public class ListScoreStepTests : IDisposable
{
    private readonly ListWarehouse w = new();

    public void Dispose()
    {
        w.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void An_advisor_the_champion_did_not_score_is_dropped()
    {
        w.Advisor(1).Advisor(2).Score(2, 90, model: "m0");   // a shadow's row is no champion score
        w.Build(perSga: 1, allowShort: true);
        Assert.Equal(("not_scored", "not scored by the champion in scoring run run-2025-12"), w.Dropped(1));
        Assert.Equal("not_scored", w.Dropped(2)?.Step);
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    public void Percentiles_up_to_20_are_deprioritized(int percentile, bool kept)
    {
        w.ProvenMover(1).Score(1, percentile);
        w.Build(perSga: 1, allowShort: true);
        if (kept) w.Listed(1);
        else Assert.Equal(("deprioritized", "V4 percentile 20 is in the bottom 20"), w.Dropped(1));
    }

    [Fact]
    public void The_original_policy_cuts_at_19_and_keeps_20()
    {
        w.ProvenMover(1).Score(1, 20).ProvenMover(2).Score(2, 19);
        w.Build(ListWarehouse.Roomy("original"), perSga: 1);
        w.Listed(1);
        Assert.Equal(("deprioritized", "V4 percentile 19 is in the bottom 19"), w.Dropped(2));
    }

    [Fact]
    public void A_standard_advisor_at_80_or_above_is_backfilled_at_3_5_percent_and_below_80_has_no_tier()
    {
        w.Advisor(1, firmStart: "2025-06-01").Score(1, 80).Advisor(2, firmStart: "2025-06-01").Score(2, 79);
        w.Build(perSga: 1);
        var lead = w.Listed(1);
        Assert.Equal("STANDARD_HIGH_V4", lead["final_tier"]);
        Assert.Equal("STANDARD", lead["v3_tier"]);
        Assert.Equal(0.035, (double)lead["expected_rate"]!, 10);
        Assert.Equal(("no_tier", "no V3 tier (STANDARD) and V4 percentile 79 is below 80, the score backfill's cut"), w.Dropped(2));
    }

    [Fact]
    public void Without_the_backfill_a_high_scoring_standard_advisor_has_no_tier()
    {
        w.Advisor(1, firmStart: "2025-06-01").Score(1, 95);
        var p = ListWarehouse.Roomy();
        w.Build(p with { Backfill = p.Backfill with { Enabled = false } }, perSga: 1, allowShort: true);
        Assert.Equal(("no_tier", "no V3 tier (STANDARD) and V4 percentile 95 (score backfill is off)"), w.Dropped(1));
    }

    [Fact]
    public void A_prime_mover_the_score_disagrees_with_is_dropped_before_assignment_by_default()
    {
        w.Advisor(1).Score(1, 55).Advisor(2).Score(2, 60);
        var result = w.Build(perSga: 1);
        Assert.True(result.Published, result.Record.Reason);
        Assert.Equal(("disagreement", "TIER_1_PRIME_MOVER but V4 percentile 55 is below 60 (V3/V4 disagreement)"), w.Dropped(1));
        w.Listed(2);
    }

    [Fact]
    public void After_assignment_the_disagreement_filter_leaves_the_list_short_which_fails_unless_allowed()
    {
        w.Advisor(1).Score(1, 55).Advisor(2).Score(2, 90);
        var p = ListWarehouse.Roomy();
        var late = p with { Disagreement = p.Disagreement with { Stage = "after-assignment" } };

        var refused = w.Build(late, perSga: 2);
        Assert.False(refused.Published);
        Assert.Equal("failed", refused.Record.Status);
        Assert.Equal("the list is 1 short of 1 reps × 2 = 2: 0 cut by the round-robin and 1 dropped by the disagreement filter after assignment; " +
                     "pass --allow-short to publish a short list", refused.Record.Reason);
        Assert.Empty(w.Rows("SELECT * FROM lists.leads"));

        var allowed = w.Build(late, perSga: 2, allowShort: true);
        Assert.True(allowed.Published, allowed.Record.Reason);
        Assert.Equal("the list is 1 short of 1 reps × 2 = 2: 0 cut by the round-robin and 1 dropped by the disagreement filter after assignment",
            allowed.Record.Reason);
        Assert.Equal([2L], w.ListCrds());
        Assert.Equal(("disagreement", "TIER_1_PRIME_MOVER but V4 percentile 55 is below 60 (V3/V4 disagreement, applied after assignment: Alex Rep gets no replacement)"),
            w.Dropped(1));
    }
}
