using LeadScore.Lists.Allocation;
using static LeadScore.Tests.Lists.AllocationPools;

namespace LeadScore.Tests.Lists;

public class RoundRobinAllocationTests
{
    private const int T1A = 0, T1B = 1, T1 = 2, T2 = 4, T3 = 5, HighV4 = 6;

    [Fact]
    public void Without_partners_each_kept_lead_goes_to_its_rank_within_bucket_and_tier_minus_one_mod_the_reps()
    {
        var leads = January(21, partnerShare: 0);

        var allocation = LeadAllocation.RoundRobin(leads, reps: 14, perRep: 200);

        foreach (var tier in leads.GroupBy(l => l.Tier))
        {
            int rankWithinBucket = 0;
            foreach (var lead in tier.OrderBy(l => l.OverallRank))
            {
                int rep = allocation.RepOf[leads.IndexOf(lead)];
                if (rep >= 0) Assert.Equal(rankWithinBucket % 14, rep);
                rankWithinBucket++;
            }
        }
        // Every stratum starts at rep 0, so low-numbered reps go over 200 and lose the surplus: the original's shortfall.
        var before = leads.GroupBy(l => l.Tier).SelectMany(t => t.OrderBy(l => l.OverallRank).Select((_, k) => k % 14)).GroupBy(r => r);
        Assert.Equal(before.Sum(r => Math.Max(0, r.Count() - 200)), allocation.Cut);
        Assert.All(allocation.Loads, load => Assert.True(load.Leads <= 200));
    }

    [Fact]
    public void The_per_rep_cap_cuts_by_bucket_name_alphabetically_not_by_value()
    {
        // Two reps, quota 2. Rep 0 gets the first of three strata: HIGH_CONV (T1B), MED_CONV (T2, 5.91%) and
        // LOW_CONV (HIGH_V4, 3.5%). Alphabetically HIGH < LOW < MED, so the better T2 lead is the one cut.
        var leads = new[] { Lead(1, T1B), Lead(2, T2), Lead(3, HighV4), Lead(4, T2) };

        var allocation = LeadAllocation.RoundRobin(leads, reps: 2, perRep: 2);

        Assert.Equal([0, -1, 0, 1], allocation.RepOf);
    }

    [Fact]
    public void Within_one_bucket_the_cap_cuts_by_tier_name_alphabetically()
    {
        // T1 (4.76%) and T3 (4.4%) share MED_LOW_CONV. Rep 0 gets T3 rank 1 and T1 ranks 2 and 4; TIER_1_… sorts
        // before TIER_3_…, so the best lead of the list is the one cut.
        var leads = new[] { Lead(1, T3), Lead(2, T1), Lead(3, T1), Lead(4, T1) };

        var allocation = LeadAllocation.RoundRobin(leads, reps: 2, perRep: 2);

        Assert.Equal([-1, 0, 1, 0], allocation.RepOf);
    }

    [Fact]
    public void Partners_and_founders_follow_the_rep_of_their_firms_best_ranked_partner_or_founder()
    {
        // Round-robin within TIER_2 gives ranks 1..4 reps 0,1,2,0. Firm 9's best partner (rank 2) is at rep 1,
        // so its partner at rank 3 moves from rep 2 to rep 1, and so does its T1A partner (rank 5, rep 0 in its own
        // stratum). Rank 4 works at firm 9 but is no partner: it stays at rep 0.
        var leads = new[]
        {
            Lead(1, T2), Lead(2, T2, firm: 9, partner: true), Lead(3, T2, firm: 9, partner: true),
            Lead(4, T2, firm: 9), Lead(5, T1A, firm: 9, partner: true),
        };

        var allocation = LeadAllocation.RoundRobin(leads, reps: 3, perRep: 5);

        Assert.Equal([0, 1, 1, 0, 1], allocation.RepOf);
    }

    [Fact]
    public void Round_robin_reports_no_solver_and_no_split_groups()
    {
        var allocation = LeadAllocation.RoundRobin([Lead(1, T3), Lead(2, T1)], reps: 2, perRep: 1);

        Assert.Null(allocation.Solver);
        Assert.False(allocation.ProvenOptimal);
        Assert.Equal(AllocationMethod.RoundRobin, allocation.Method);
        Assert.Equal([-1, 0], allocation.RepOf); // both are first of their stratum; the cap keeps TIER_1_… over TIER_3_…
        Assert.Equal(1, allocation.Cut);
    }
}
