using LeadScore.Tests.Support;

namespace LeadScore.Tests.Lists;

/// <summary>The ranked steps (spec §5.2 J–L): the firm cap, the tier quotas, the no-LinkedIn cap and the list size, each dropping the lowest-ranked.</summary>
public class ListRankedStepTests : IDisposable
{
    private readonly ListWarehouse w = new();

    public void Dispose()
    {
        w.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void The_firm_cap_drops_the_firms_lowest_ranked_advisor()
    {
        w.Advisor(1, firm: 500).Score(1, 70).Advisor(2, firm: 500).Score(2, 90).Advisor(3, firm: 500).Score(3, 80);
        w.Build(ListWarehouse.Roomy() with { FirmCap = 2 }, perSga: 2);
        Assert.Equal([2L, 3L], w.ListCrds());
        Assert.Equal(("firm_cap", "firm Firm 500 Advisors (CRD 500) has 3 eligible advisors; at most 2 per firm, and this one ranks 3"), w.Dropped(1));
    }

    [Fact]
    public void The_firm_cap_ranks_new_prospects_before_recycled_leads()
    {
        w.Advisor(1, firm: 500).Score(1, 99).Lead("00Q001", 1).Advisor(2, firm: 500).Score(2, 70);
        w.Build(ListWarehouse.Roomy() with { FirmCap = 1 }, perSga: 1);
        Assert.Equal([2L], w.ListCrds());
        Assert.Equal("firm_cap", w.Dropped(1)?.Step);
    }

    [Fact]
    public void A_tier_quota_scaled_to_the_reps_drops_the_tiers_lowest_ranked()
    {
        w.Rep("005B", "Blake Rep");
        for (long crd = 1; crd <= 4; crd++) w.Advisor(crd).Score(crd, 60 + (int)crd);
        var p = ListWarehouse.Roomy();
        var quotas = p.QuotasPer12Sgas.ToDictionary(q => q.Key, q => q.Value);
        quotas["TIER_1_PRIME_MOVER"] = 15;   // 15 × 2 / 12 = 2.5, rounded half away from zero: 3
        w.Build(p with { QuotasPer12Sgas = quotas }, perSga: 2, allowShort: true);
        Assert.Equal([4L, 3L, 2L], w.ListCrds());
        Assert.Equal(("quota", "TIER_1_PRIME_MOVER is full: its quota is 3 and this advisor ranks 4 in the tier"), w.Dropped(1));
    }

    [Fact]
    public void The_no_linkedin_cap_drops_advisors_without_a_profile_beyond_it()
    {
        w.Advisor(1, linkedin: null).Score(1, 90).Advisor(2, linkedin: "  ").Score(2, 80).Advisor(3, linkedin: null).Score(3, 95)
            .Advisor(4).Score(4, 60);
        w.Build(ListWarehouse.Roomy() with { NoLinkedinCapPer12Sgas = 12 }, perSga: 2);   // 12 × 1 / 12 = 1 place
        Assert.Equal([4L, 3L], w.ListCrds());                                                 // LinkedIn first, then percentile
        Assert.Equal(("no_linkedin_cap", "no LinkedIn profile, and the 1 places for advisors without one are taken (ranks 2)"), w.Dropped(1));
        Assert.Equal(("no_linkedin_cap", "no LinkedIn profile, and the 1 places for advisors without one are taken (ranks 3)"), w.Dropped(2));
        Assert.False((bool)w.Listed(3)["has_linkedin"]!);
    }

    [Fact]
    public void The_list_size_keeps_the_first_reps_times_per_sga_in_list_order()
    {
        w.ProvenMover(1).Score(1, 99);                        // T2 ranks after every T1, whatever its percentile
        w.Advisor(2).Score(2, 70).Advisor(3).Score(3, 80).Advisor(4).Score(4, 75);
        w.Build(perSga: 3);
        Assert.Equal([3L, 4L, 2L], w.ListCrds());
        Assert.Equal(("list_size", "the list of 3 is full (ranks 4)"), w.Dropped(1));
        Assert.Equal([1, 2, 3], w.Rows("SELECT list_rank FROM lists.leads ORDER BY list_rank").Select(r => (int)r["list_rank"]!));
    }
}
