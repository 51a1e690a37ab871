using LeadScore.Tests.Support;
using LeadScore.Warehouse.Lists;

namespace LeadScore.Tests.Lists;

/// <summary>The assignment of the selected leads to the reps (spec §5.2 M), and where an advisor stands afterwards (<c>leadlist explain</c>).</summary>
public class ListAssignmentTests : IDisposable
{
    private readonly ListWarehouse w = new();

    public ListAssignmentTests() => w.Rep("005B", "Blake Rep");

    public void Dispose()
    {
        w.Dispose();
        GC.SuppressFinalize(this);
    }

    private Dictionary<long, string> RepOf() =>
        w.Rows("SELECT advisor_crd, sga_name FROM lists.leads").ToDictionary(r => (long)r["advisor_crd"]!, r => (string)r["sga_name"]!);

    [Theory]
    [InlineData("balanced")]
    [InlineData("round-robin")]
    public void A_firms_partners_and_founders_go_to_one_rep(string assignment)
    {
        w.Advisor(1, firm: 500, title: "Managing Partner").Score(1, 99).Advisor(2, firm: 500, title: "Founder & CEO").Score(2, 97)
            .Advisor(3, firm: 500, title: "Founding Principal").Score(3, 95).Advisor(4, firm: 500, title: "Partnerships Lead").Score(4, 93);
        for (long crd = 5; crd <= 8; crd++) w.Advisor(crd).Score(crd, 90 - (int)crd);
        var result = w.Build(ListWarehouse.Roomy() with { Assignment = assignment }, perSga: 4, allowShort: true);
        Assert.True(result.Published, result.Record.Reason);
        var rep = RepOf();
        Assert.Equal(rep[1], rep[2]);
        Assert.Equal(rep[1], rep[3]);
        Assert.True(w.Rows("SELECT * FROM lists.leads WHERE advisor_crd = 4 AND NOT is_partner_founder").Count == 1, "PARTNERSHIPS is not the word PARTNER");
    }

    [Fact]
    public void Every_rep_gets_exactly_per_sga_when_the_pool_allows()
    {
        w.Rep("005C", "Casey Rep");
        for (long crd = 1; crd <= 8; crd++) w.Advisor(crd).Score(crd, 60 + (int)crd);
        w.ProvenMover(9).Score(9, 90);
        var result = w.Build(perSga: 2);
        Assert.True(result.Published, result.Record.Reason);
        Assert.Equal([2L, 2L, 2L], w.Rows("SELECT count(*) AS n FROM lists.leads GROUP BY sga_id ORDER BY sga_id").Select(r => (long)r["n"]!));
        Assert.Equal(6, w.ListCrds().Count);
    }

    [Fact]
    public void Round_robin_deals_each_tier_in_list_order_to_the_reps_by_name()
    {
        for (long crd = 1; crd <= 4; crd++) w.Advisor(crd).Score(crd, 90 - (int)crd);
        var result = w.Build(ListWarehouse.Roomy() with { Assignment = "round-robin" }, perSga: 2);
        Assert.True(result.Published, result.Record.Reason);
        Assert.Equal(["Alex Rep", "Blake Rep", "Alex Rep", "Blake Rep"],
            w.Rows("SELECT sga_name FROM lists.leads ORDER BY list_rank").Select(r => (string)r["sga_name"]!));
    }

    [Fact]
    public void Standing_tells_a_listed_a_dropped_and_an_unknown_advisor_apart()
    {
        w.Advisor(1).Score(1, 88).Advisor(2, title: "Paraplanner").Score(2, 90);
        w.Build(perSga: 1, allowShort: true);

        var listed = ListStore.Standing(w.Store, ListWarehouse.Month, 1)!;
        Assert.True(listed.OnList);
        Assert.Equal(("Alex Rep", "TIER_1_PRIME_MOVER", 1, 88), (listed.SgaName, listed.FinalTier, listed.ListRank!.Value, listed.Percentile!.Value));
        Assert.Null(listed.Step);

        var dropped = ListStore.Standing(w.Store, ListWarehouse.Month, 2)!;
        Assert.False(dropped.OnList);
        Assert.Equal(("title_exclusion", "title matches excluded pattern 'PARAPLANNER' (support role)"), (dropped.Step, dropped.Reason));
        Assert.Null(dropped.SgaName);

        Assert.Null(ListStore.Standing(w.Store, ListWarehouse.Month, 999));
    }
}
