using LeadScore.Lists.Policy;
using LeadScore.Lists.Replay;
using LeadScore.Metrics;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Lists;

namespace LeadScore.Tests.Lists;

/// <summary>
/// The list replayed on hand-made historical leads (<see cref="ListReplay"/>): October 2025's leads make the list
/// built as of 2025-10-01, with the tier inputs of that day, each arm's own percentiles, and the policy's steps.
/// </summary>
public class ListReplayTests : IDisposable
{
    private readonly ListWarehouse w = new(withRun: false, withRep: false);
    private readonly List<ReplayLead> leads = [];
    private readonly Dictionary<string, List<double>> scores = new() { ["champion"] = [], ["challenger"] = [] };

    public void Dispose()
    {
        w.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The default policy (or another) with room in every quota and one place per "rep", so a list holds any number.</summary>
    private static ListPolicy Policy(string name = "default") => ListWarehouse.Roomy(name) with { PerSga = 1 };

    /// <summary>
    /// A producing advisor as <see cref="ListWarehouse.Advisor"/> makes one (a prime mover by P2 as of 2025-10-01: at its
    /// own firm of 5 since 2023-06-01), with the spell of its current firm in the employment history.
    /// </summary>
    private void Advisor(long crd, string firmStart = "2023-06-01", string? firmName = null, bool producing = true)
    {
        w.Advisor(crd, firmStart: firmStart, firmName: firmName, producing: producing);
        w.Spell(crd, 10_000 + crd, firmStart);
    }

    private void Lead(string id, long crd, string contacted, double champion, double? challenger = null)
    {
        leads.Add(new ReplayLead(id, crd, DateOnly.Parse(contacted, System.Globalization.CultureInfo.InvariantCulture)));
        scores["champion"].Add(champion);
        scores["challenger"].Add(challenger ?? champion);
    }

    /// <summary>Leads of advisors FINTRX does not know (dropped for identity), scored below everyone: they fill the month's low percentiles.</summary>
    private void Fillers(int count, string contacted = "2025-10-20")
    {
        for (int i = 0; i < count; i++) Lead($"F{contacted}-{i:00}", 900_000 + i, contacted, -1 - i);
    }

    private ReplayResult Replay(ListPolicy? policy = null, int listSize = 20, Action<string, string, LeadScore.Warehouse.Warehouse>? armBuilt = null) =>
        w.Replay(leads, [new ReplayArm("champion", [.. scores["champion"]]), new ReplayArm("challenger", [.. scores["challenger"]])], policy ?? Policy(),
            listSize, armBuilt: armBuilt);

    private int At(string leadId) => leads.FindIndex(l => l.LeadId == leadId);

    [Fact]
    public void An_advisor_who_moved_after_the_contact_gets_the_tier_of_the_firm_held_on_the_lists_date()
    {
        // Today at a wirehouse since 2025-11-01; on 2025-10-01 two years at a small firm: a prime mover (P2).
        w.Advisor(1, firm: 600, firmName: "Morgan Stanley Wealth", firmStart: "2025-11-01", employees: 5000);
        w.Spell(1, 500, "2023-06-01", "2025-10-31", knownAt: "2025-11-20").Spell(1, 600, "2025-11-01", firmName: "Morgan Stanley Wealth");
        // At the wirehouse on the date too: excluded.
        w.Advisor(2, firm: 600, firmName: "Morgan Stanley Wealth", firmStart: "2023-06-01", employees: 5000);
        w.Spell(2, 600, "2023-06-01", firmName: "Morgan Stanley Wealth");
        Lead("L1", 1, "2025-10-15", 10);
        Lead("L2", 2, "2025-10-15", 9);
        Fillers(8);

        var arm = Replay().Arms[0];
        Assert.True(arm.Selected[At("L1")], arm.DropStep[At("L1")]);
        Assert.Equal("TIER_1_PRIME_MOVER", arm.FinalTier[At("L1")]);
        Assert.Equal("firm_exclusion", arm.DropStep[At("L2")]);
        Assert.Equal("identity", arm.DropStep[At("F2025-10-20-00")]);
    }

    [Fact]
    public void The_bottom_20_percent_by_each_arms_own_percentile_are_dropped()
    {
        for (long crd = 1; crd <= 10; crd++)
        {
            Advisor(crd);
            Lead($"L{crd:00}", crd, "2025-10-10", crd, -crd);   // the challenger ranks them the other way round
        }
        var result = Replay();
        var champion = result.Arms[0];
        var challenger = result.Arms[1];

        // Percentile.Of over the month's ten advisors: 1, 11, 21, ..., 91.
        Assert.Equal(Percentile.Of(scores["champion"].ToArray()), champion.Percentile);
        Assert.Equal([1, 11, 21, 31, 41, 51, 61, 71, 81, 91], champion.Percentile);
        Assert.Equal([91, 81, 71, 61, 51, 41, 31, 21, 11, 1], challenger.Percentile);
        Assert.Equal(["deprioritized", "deprioritized"], champion.DropStep.Take(2));
        Assert.Equal(["deprioritized", "deprioritized"], challenger.DropStep.Skip(8));
        Assert.DoesNotContain("deprioritized", champion.DropStep.Skip(2));
        Assert.DoesNotContain("deprioritized", challenger.DropStep.Take(8));
        // Prime movers below 60 disagree with V4 (default policy, before assignment); the rest make the list.
        Assert.Equal(["disagreement", "disagreement", "disagreement", "disagreement", null, null, null, null], champion.DropStep.Skip(2));
        Assert.Equal([false, false, false, false, false, false, true, true, true, true], champion.Selected);
        Assert.Equal([4, 4], result.Months.Single().SelectedPerArm);
    }

    [Fact]
    public void A_standard_advisor_at_percentile_80_or_more_is_backfilled_and_one_below_is_not()
    {
        // No tier on 2025-10-01: at its firm since March (tenure 0).
        Advisor(1, firmStart: "2025-03-01");
        Advisor(2, firmStart: "2025-03-01");
        Lead("L1", 1, "2025-10-03", 10);   // percentile 91
        Lead("L2", 2, "2025-10-03", 9);    // percentile 81 in the champion, 71 in the challenger
        Lead("L3", 1_000, "2025-10-03", 0, 9.5);
        Fillers(7);

        var result = Replay();
        var champion = result.Arms[0];
        Assert.Equal([91, 81], new[] { champion.Percentile[At("L1")], champion.Percentile[At("L2")] });
        Assert.All(new[] { At("L1"), At("L2") }, i => Assert.True(champion.Selected[i]));
        Assert.All(new[] { At("L1"), At("L2") }, i => Assert.Equal("STANDARD_HIGH_V4", champion.FinalTier[i]));

        var challenger = result.Arms[1];
        Assert.Equal(71, challenger.Percentile[At("L2")]);
        Assert.Equal("no_tier", challenger.DropStep[At("L2")]);
        Assert.Equal("STANDARD", challenger.FinalTier[At("L2")]);
        Assert.Equal("STANDARD_HIGH_V4", challenger.FinalTier[At("L1")]);
    }

    [Fact]
    public void A_policy_filtering_disagreement_after_assignment_has_it_applied_last_without_refilling_the_list()
    {
        for (long crd = 1; crd <= 10; crd++)
        {
            Advisor(crd);
            Lead($"L{crd:00}", crd, "2025-10-10", crd);   // percentiles 1, 11, ..., 91
        }
        // Six places. Before assignment (default) the four prime movers under 60 go first and the list holds the other four.
        var before = Replay(listSize: 6).Arms[0];
        Assert.Equal(["disagreement", "disagreement", "disagreement", "disagreement"], before.DropStep.Skip(2).Take(4));
        Assert.Equal(4, before.Selected.Count(s => s));

        // After assignment (original): the list of six takes the best six, then loses the two under 60 it took.
        var after = Replay(Policy("original"), listSize: 6).Arms[0];
        Assert.Equal(["list_size", "list_size", "disagreement", "disagreement", null, null, null, null], after.DropStep.Skip(2));
        Assert.Equal(4, after.Selected.Count(s => s));
    }

    [Fact]
    public void Salesforce_status_do_not_call_and_recent_calls_drop_nobody_and_todays_producing_status_is_not_asked()
    {
        Advisor(1);
        Advisor(2, producing: false);   // no longer producing today
        w.Lead("00Q001", 1, status: "Converted", doNotCall: true, created: "2025-09-15").Task("00T1", "00Q001", "2025-09-20", type: "Call");
        Lead("L1", 1, "2025-10-02", 10);
        Lead("L2", 2, "2025-10-02", 9);
        Fillers(8);

        var arm = Replay().Arms[0];
        Assert.True(arm.Selected[At("L1")], arm.DropStep[At("L1")]);
        Assert.True(arm.Selected[At("L2")], arm.DropStep[At("L2")]);
    }

    [Fact]
    public void An_advisors_leads_of_one_month_share_the_earliest_leads_score_and_outcome()
    {
        Advisor(1);
        Lead("L1-late", 1, "2025-10-25", -50);   // would be deprioritized on its own
        Lead("L1-early", 1, "2025-10-05", 10);   // the representative: earliest contact
        Advisor(2, firmStart: "2025-03-01");
        Lead("L2-b", 2, "2025-10-07", -60);      // would be deprioritized on its own
        Lead("L2-a", 2, "2025-10-07", 5);        // same day: the lower lead id represents
        Fillers(8);

        var result = Replay();
        var arm = result.Arms[0];
        Assert.Equal(arm.Percentile[At("L1-early")], arm.Percentile[At("L1-late")]);
        Assert.Equal(91, arm.Percentile[At("L1-late")]);
        Assert.True(arm.Selected[At("L1-late")] && arm.Selected[At("L1-early")]);
        Assert.Equal("TIER_1_PRIME_MOVER", arm.FinalTier[At("L1-late")]);
        Assert.Equal(81, arm.Percentile[At("L2-b")]);
        Assert.True(arm.Selected[At("L2-a")] && arm.Selected[At("L2-b")]);
        Assert.Equal(("STANDARD_HIGH_V4", "STANDARD_HIGH_V4"), (arm.FinalTier[At("L2-a")], arm.FinalTier[At("L2-b")]));
        var month = result.Months.Single();
        Assert.Equal(("2025-10", new DateOnly(2025, 10, 1), 12, 10), (month.Month, month.AsOf, month.Leads, month.Advisors));
        Assert.Equal([4, 4], month.SelectedPerArm);
    }

    [Fact]
    public void Each_month_is_its_own_list_with_its_own_percentiles_as_of_its_first_day()
    {
        // Joined its firm on 2025-09-15: September's list (as of 2025-09-01) sees the earlier firm, a prime mover, though the
        // lead was contacted after the move; October's sees the new one (tenure 0, no tier).
        w.Advisor(1, firm: 600, firmStart: "2025-09-15").Spell(1, 500, "2023-06-01", "2025-09-14", knownAt: "2025-09-15").Spell(1, 600, "2025-09-15");
        for (int i = 0; i < 5; i++) Lead($"S{i}", 1 + i, "2025-09-20", i + 1);
        for (int i = 0; i < 5; i++) Lead($"O{i}", 1 + i, "2025-10-20", 100 + i + 1);

        var result = Replay();
        var arm = result.Arms[0];
        Assert.Equal([1, 21, 41, 61, 81, 1, 21, 41, 61, 81], arm.Percentile);
        Assert.Equal(["2025-09", "2025-10"], result.Months.Select(m => m.Month));
        Assert.Equal([new DateOnly(2025, 9, 1), new DateOnly(2025, 10, 1)], result.Months.Select(m => m.AsOf));
        Assert.Equal("deprioritized", arm.DropStep[At("S0")]);
        Assert.Equal("TIER_1_PRIME_MOVER", arm.FinalTier[At("S0")]);
        Assert.Equal("STANDARD", arm.FinalTier[At("O0")]);
    }

    [Fact]
    public void Both_arms_of_a_month_see_identical_tier_inputs()
    {
        w.ProvenMover(1).Spell(1, 10_001, "2025-06-01");
        Advisor(2);
        Advisor(3, firmStart: "2025-03-01");
        w.Advisor(4, title: "Senior Wealth Manager", firmStart: "2025-03-01").Spell(4, 10_004, "2025-03-01");
        for (int i = 0; i < 3; i++) w.Spell(4_000 + i, 10_004, "2015-01-01", "2025-04-01");   // three departures
        for (int i = 0; i < 4; i++) w.Spell(4_100 + i, 10_004, "2015-01-01");                 // four colleagues: turnover 60%
        w.Lead("00Q002", 2, created: "2025-01-01");
        for (long crd = 1; crd <= 4; crd++) Lead($"L{crd}", crd, "2025-10-08", crd, 10 - crd);
        Fillers(6);

        var inputs = new Dictionary<string, IReadOnlyList<string>>();
        var result = Replay(armBuilt: (month, arm, warehouse) => inputs[arm] = PoolReplay.TierInputs(warehouse));
        Assert.Equal(10, inputs["champion"].Count);
        Assert.Equal(inputs["champion"], inputs["challenger"]);
        Assert.NotEqual(result.Arms[0].Percentile, result.Arms[1].Percentile);
        Assert.Contains(inputs["champion"], row => row.StartsWith("1|", StringComparison.Ordinal) && row.EndsWith("|TIER_2_PROVEN_MOVER", StringComparison.Ordinal));
        Assert.Contains(inputs["champion"], row => row.StartsWith("4|", StringComparison.Ordinal) && row.EndsWith("|TIER_1F_HV_WEALTH_BLEEDER", StringComparison.Ordinal));
    }

    [Fact]
    public void The_inputs_taken_as_they_are_today_are_named()
    {
        Advisor(1);
        Lead("L1", 1, "2025-10-08", 1);
        var current = Replay().CurrentNotPointInTime;
        Assert.Contains(current, c => c.StartsWith("has_cfp ", StringComparison.Ordinal));
        Assert.Contains(current, c => c.StartsWith("has_series_65_only ", StringComparison.Ordinal));
        Assert.Contains(current, c => c.StartsWith("is_hv_wealth_title ", StringComparison.Ordinal));
        Assert.Contains(current, c => c.StartsWith("has_linkedin ", StringComparison.Ordinal));
        Assert.Contains(current, c => c.StartsWith("title ", StringComparison.Ordinal));
        Assert.DoesNotContain(current, c => c.StartsWith("age range", StringComparison.Ordinal));   // off in the built-in rules
        Assert.DoesNotContain(current, c => c.Contains("tenure", StringComparison.Ordinal));
    }
}
