using LeadScore.Lists;
using LeadScore.Lists.Allocation;
using Xunit.Abstractions;
using static LeadScore.Tests.Lists.AllocationPools;

namespace LeadScore.Tests.Lists;

public class AllocationTests(ITestOutputHelper output)
{
    [Fact]
    public void On_a_january_sized_list_balanced_gives_every_rep_200_and_a_smaller_spread_than_round_robin()
    {
        var leads = January(2026);

        var balanced = LeadAllocation.Balanced(leads, reps: 14, perRep: 200);
        var roundRobin = LeadAllocation.RoundRobin(leads, reps: 14, perRep: 200);

        Report(balanced);
        Report(roundRobin);
        Assert.All(balanced.Loads, load => Assert.Equal(200, load.Leads));
        Assert.Equal(0, balanced.Cut);
        Assert.True(balanced.Spread < roundRobin.Spread, $"balanced {balanced.Spread} vs round-robin {roundRobin.Spread}");
        var partnersTogether = leads.Select((l, i) => (l, rep: balanced.RepOf[i])).Where(p => p.l.PartnerOrFounder).GroupBy(p => p.l.FirmCrd);
        Assert.All(partnersTogether, firm => Assert.Single(firm.Select(p => p.rep).Distinct()));
        Assert.True(balanced.Elapsed < TimeSpan.FromSeconds(20), $"took {balanced.Elapsed}");
    }

    [Fact]
    public void A_list_with_a_hundred_partner_groups_still_solves_and_keeps_them_together()
    {
        var leads = January(2027, partnerShare: 0.125);

        var balanced = LeadAllocation.Balanced(leads, reps: 14, perRep: 200);

        Report(balanced);
        Assert.All(balanced.Loads, load => Assert.Equal(200, load.Leads));
        var groups = leads.Select((l, i) => (l, rep: balanced.RepOf[i])).Where(p => p.l.PartnerOrFounder).GroupBy(p => p.l.FirmCrd).ToList();
        Assert.InRange(groups.Count, 90, 130);
        Assert.All(groups, firm => Assert.Single(firm.Select(p => p.rep).Distinct()));
    }

    private void Report(RepAssignment allocation)
    {
        output.WriteLine($"{allocation.Method}: spread {allocation.Spread:F4} conversions, tier-mix spread {allocation.TierMixSpread}, " +
            $"rank-sum spread {allocation.RankSumSpread}, cut {allocation.Cut}, loads {allocation.Loads.Min(l => l.Leads)}–{allocation.Loads.Max(l => l.Leads)}, " +
            $"{allocation.Elapsed.TotalMilliseconds:F0} ms, optimal {allocation.ProvenOptimal}");
        foreach (var objective in allocation.Solver?.Objectives ?? [])
            output.WriteLine($"  {objective.Objective}: {objective.Value} (bound {objective.Bound}, optimal {objective.ProvenOptimal})");
    }

    public static TheoryData<int, int, int> BadShapes => new() { { 0, 200, 0 }, { -1, 200, 0 }, { 14, 0, 0 }, { 2, 1, 3 } };

    [Theory]
    [MemberData(nameof(BadShapes))]
    public void Bad_rep_counts_quotas_or_too_many_leads_throw_a_list_error(int reps, int perRep, int leadCount)
    {
        var leads = Enumerable.Range(1, leadCount).Select(r => Lead(r, 4)).ToList();

        Assert.Throws<ListException>(() => LeadAllocation.Balanced(leads, reps, perRep));
        Assert.Throws<ListException>(() => LeadAllocation.RoundRobin(leads, reps, perRep));
    }

    [Fact]
    public void A_duplicate_advisor_throws_a_list_error_that_names_it()
    {
        var leads = new[] { Lead(1, 4), Lead(2, 4) with { AdvisorCrd = 1_000_001 } };

        var error = Assert.Throws<ListException>(() => LeadAllocation.Balanced(leads, 2, 1));

        Assert.Contains("1000001", error.Message);
    }

    [Fact]
    public void A_duplicate_overall_rank_throws_a_list_error_that_names_it()
    {
        var leads = new[] { Lead(1, 4), Lead(2, 4) with { OverallRank = 1 } };

        var error = Assert.Throws<ListException>(() => LeadAllocation.RoundRobin(leads, 2, 1));

        Assert.Contains("overall rank 1", error.Message);
    }

    [Fact]
    public void A_rate_outside_zero_to_one_throws_a_list_error()
    {
        var leads = new[] { Lead(1, 4) with { ExpectedRate = double.NaN } };

        Assert.Throws<ListException>(() => LeadAllocation.Balanced(leads, 1, 1));
    }

    [Fact]
    public void An_empty_list_gives_every_rep_nothing()
    {
        var allocation = LeadAllocation.Balanced([], reps: 3, perRep: 200);

        Assert.Equal(3, allocation.Loads.Count);
        Assert.All(allocation.Loads, load => Assert.Equal(0, load.Leads));
        Assert.Equal(0, allocation.Spread);
    }
}
