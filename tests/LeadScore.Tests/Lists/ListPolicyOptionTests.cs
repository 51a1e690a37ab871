using LeadScore.Tests.Support;

namespace LeadScore.Tests.Lists;

/// <summary>The policy switches not covered by the step tests: small firms, the recycling window, the closed statuses and the excluded reps.</summary>
public class ListPolicyOptionTests : IDisposable
{
    private readonly ListWarehouse w = new();

    public void Dispose()
    {
        w.Dispose();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData("measured", -2L, "TIER_3_MODERATE_BLEEDER")]
    [InlineData("zero", 0L, "STANDARD_HIGH_V4")]   // the original: a firm under 20 reps never bleeds
    public void Small_firms_bleed_only_when_measured(string smallFirms, long net, string tier)
    {
        w.Advisor(1, firm: 500, firmStart: "2025-03-01").Spell(1, 600, "2014-01-01", "2025-02-28").Score(1, 90).Colleagues(500, 4);
        for (int i = 0; i < 3; i++) w.Spell(900 + i, 500, "2015-01-01", "2025-04-01");
        w.Build(ListWarehouse.Roomy() with { SmallFirms = smallFirms }, perSga: 1);
        var lead = w.Listed(1);
        Assert.Equal(net, Convert.ToInt64(lead["firm_net_change_12mo"]));
        Assert.Equal(tier, lead["final_tier"]);
    }

    [Fact]
    public void Unmeasured_small_firms_are_not_dropped_for_turnover()
    {
        w.Advisor(1, firm: 500).Score(1, 90).Spell(901, 500, "2015-01-01", "2025-05-01").Spell(902, 500, "2015-01-01", "2025-06-01");
        w.Build(ListWarehouse.Roomy() with { SmallFirms = "zero" }, perSga: 1);
        w.Listed(1);
    }

    [Fact]
    public void The_recycling_window_comes_from_the_policy()
    {
        w.Advisor(1).Score(1, 90).Lead("00Q001", 1).Task("00T1", "00Q001", ListWarehouse.DaysBefore(100), type: "Call");
        w.Build(ListWarehouse.Roomy() with { RecyclableAfterDays = 90 }, perSga: 1);
        Assert.Equal("00Q001", w.Listed(1)["salesforce_lead_id"]);
    }

    [Fact]
    public void The_closed_statuses_come_from_the_policy()
    {
        w.Advisor(1).Score(1, 90).Lead("00Q001", 1, status: "Nurture");
        w.Build(ListWarehouse.Roomy() with { ClosedStatuses = ["Nurture"] }, perSga: 1, allowShort: true);
        Assert.Equal(("salesforce", "Salesforce lead 00Q001 has status Nurture"), w.Dropped(1));
    }

    [Fact]
    public void Reps_the_policy_excludes_get_no_leads_and_none_left_is_refused()
    {
        w.Rep("005B", "Blake Rep").Advisor(1).Score(1, 90);
        w.Build(ListWarehouse.Roomy() with { ExcludedSgaNames = ["alex rep"] }, perSga: 1);
        Assert.Equal("Blake Rep", w.Listed(1)["sga_name"]);

        var e = w.Refused(ListWarehouse.Roomy() with { ExcludedSgaNames = ["Alex Rep", "Blake Rep"] }, perSga: 1);
        Assert.Contains("apart from the 2 the policy excludes", e.Message, StringComparison.Ordinal);
    }
}
