using LeadScore.Lists.Allocation;
using LeadScore.Metrics;
using static LeadScore.Tests.Lists.AllocationPools;

namespace LeadScore.Tests.Lists;

public class BalancedAllocationTests
{
    private const int T1B = 1, T1 = 2, T2 = 4, T3 = 5, HighV4 = 6;

    [Fact]
    public void Two_tiers_that_pair_up_give_every_rep_one_of_each_and_no_spread()
    {
        var leads = Enumerable.Range(1, 4).Select(r => Lead(r, T1B)).Concat(Enumerable.Range(5, 4).Select(r => Lead(r, T2))).ToList();

        var allocation = LeadAllocation.Balanced(leads, reps: 4, perRep: 2);

        Assert.All(allocation.Loads, load =>
        {
            Assert.Equal(1, load.CountOf(Tiers[T1B].Tier));
            Assert.Equal(1, load.CountOf(Tiers[T2].Tier));
        });
        Assert.Equal(0, allocation.Spread, 12);
        Assert.Equal(0, allocation.TierMixSpread);
        Assert.True(allocation.ProvenOptimal);
    }

    [Fact]
    public void Rates_that_cannot_be_split_evenly_reach_the_best_spread_the_counts_allow()
    {
        // 3 reps × 2: one 0.1176, two 0.0591 and three 0.035; the best is {0.1176, 0.035} and two of {0.0591, 0.035}.
        var leads = new[] { Lead(1, T1B), Lead(2, T2), Lead(3, T2), Lead(4, HighV4), Lead(5, HighV4), Lead(6, HighV4) };

        var allocation = LeadAllocation.Balanced(leads, reps: 3, perRep: 2);

        Assert.Equal(0.1176 + 0.035 - (0.0591 + 0.035), allocation.Spread, 9);
        Assert.True(allocation.ProvenOptimal);
        Assert.Equal(allocation.Spread, allocation.Solver!.SpreadBound, 9);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    [InlineData(5UL)]
    public void On_six_leads_and_two_reps_the_solver_matches_a_brute_force_over_every_balanced_assignment(ulong seed)
    {
        var random = new RandomStream(seed, 7);
        var leads = Enumerable.Range(1, 6).Select(rank => Lead(rank, random.NextInt(Tiers.Length), firm: random.Chance(0.5) ? 77 : null, partner: false)).ToList();
        // Make the two best-ranked leads at firm 77 partners when there are two: a group the brute force must respect too.
        var atFirm = leads.Where(l => l.FirmCrd == 77).Take(2).Select(l => l.AdvisorCrd).ToHashSet();
        if (atFirm.Count == 2) leads = leads.Select(l => atFirm.Contains(l.AdvisorCrd) ? l with { PartnerOrFounder = true } : l).ToList();

        var allocation = LeadAllocation.Balanced(leads, reps: 2, perRep: 3);

        Assert.Equal(BruteForceSpread(leads), allocation.Spread, 9);
        Assert.True(allocation.ProvenOptimal);
    }

    /// <summary>
    /// The best spread over every assignment that respects the groups and balances the tier mix as well as any can:
    /// the least total slack beyond ⌊T/2⌋..⌈T/2⌉ per tier first, then the spread (the balanced objective's order).
    /// </summary>
    private static double BruteForceSpread(List<AllocationLead> leads)
    {
        var best = (Slack: int.MaxValue, Spread: double.MaxValue);
        for (int mask = 0; mask < 1 << leads.Count; mask++)
        {
            if (int.PopCount(mask) != leads.Count / 2) continue;
            bool together = leads.Where(l => l.PartnerOrFounder).GroupBy(l => l.FirmCrd)
                .All(g => g.Select(l => (mask >> leads.IndexOf(l)) & 1).Distinct().Count() == 1);
            if (!together) continue;
            double[] sums = [0, 0];
            for (int i = 0; i < leads.Count; i++) sums[(mask >> i) & 1] += leads[i].ExpectedRate;
            int slack = leads.GroupBy(l => l.Tier).Sum(tier =>
            {
                int total = tier.Count(), low = total / 2, high = (total + 1) / 2;
                int onFirst = tier.Count(l => ((mask >> leads.IndexOf(l)) & 1) == 0);
                int[] counts = [onFirst, total - onFirst];
                return counts.Max(c => Math.Max(0, Math.Max(c - high, low - c)));
            });
            var candidate = (slack, Math.Abs(sums[0] - sums[1]));
            if (candidate.slack < best.Slack || (candidate.slack == best.Slack && candidate.Item2 < best.Spread - 1e-12)) best = candidate;
        }
        return best.Spread;
    }

    [Fact]
    public void A_full_list_gives_every_rep_exactly_its_quota()
    {
        var leads = January(11, counts: [4, 5, 25, 4, 93, 25, 44]);

        var allocation = LeadAllocation.Balanced(leads, reps: 10, perRep: 20);

        Assert.All(allocation.Loads, load => Assert.Equal(20, load.Leads));
        Assert.DoesNotContain(-1, allocation.RepOf);
    }

    [Fact]
    public void A_short_list_gives_each_rep_the_floor_or_the_ceiling_of_its_share()
    {
        var leads = January(12, counts: [4, 5, 25, 4, 90, 25, 40]); // 193 leads for 10 reps × 20

        var allocation = LeadAllocation.Balanced(leads, reps: 10, perRep: 20);

        Assert.All(allocation.Loads, load => Assert.InRange(load.Leads, 19, 20));
        Assert.Equal(3, allocation.Loads.Count(l => l.Leads == 20));
        Assert.DoesNotContain(-1, allocation.RepOf);
    }

    [Fact]
    public void Partners_and_founders_of_one_firm_go_to_one_rep()
    {
        var leads = January(13, partnerShare: 0.10, counts: [4, 5, 25, 4, 93, 25, 44]);

        var allocation = LeadAllocation.Balanced(leads, reps: 10, perRep: 20);

        var reps = leads.Select((l, i) => (l, rep: allocation.RepOf[i])).Where(p => p.l.PartnerOrFounder).GroupBy(p => p.l.FirmCrd);
        Assert.True(reps.Count() >= 5);
        Assert.All(reps, firm => Assert.Single(firm.Select(p => p.rep).Distinct()));
        Assert.Equal(0, allocation.SplitGroups);
    }

    [Fact]
    public void A_group_larger_than_a_reps_quota_is_split_into_consecutive_chunks_in_rank_order()
    {
        // Four partners at firm 9 (ranks 1, 2, 4, 5) and a quota of 3: ranks 1, 2, 4 stay together; rank 5 may go anywhere.
        var leads = new[]
        {
            Lead(1, T1, firm: 9, partner: true), Lead(2, T2, firm: 9, partner: true), Lead(3, T3),
            Lead(4, T2, firm: 9, partner: true), Lead(5, T3, firm: 9, partner: true), Lead(6, T1),
        };

        var allocation = LeadAllocation.Balanced(leads, reps: 2, perRep: 3);

        Assert.Equal(1, allocation.SplitGroups);
        Assert.Equal(allocation.RepOf[0], allocation.RepOf[1]);
        Assert.Equal(allocation.RepOf[0], allocation.RepOf[3]);
        Assert.All(allocation.Loads, load => Assert.Equal(3, load.Leads));
    }

    [Fact]
    public void The_same_list_twice_gives_the_same_assignment()
    {
        var leads = January(14);

        var first = LeadAllocation.Balanced(leads, reps: 14, perRep: 200);
        var second = LeadAllocation.Balanced(leads, reps: 14, perRep: 200);

        Assert.Equal(first.RepOf, second.RepOf);
    }

    [Fact]
    public void The_same_list_in_another_order_gives_every_advisor_the_same_rep()
    {
        var leads = January(15);
        var shuffled = Shuffled(leads, 15);

        var original = LeadAllocation.Balanced(leads, reps: 14, perRep: 200);
        var permuted = LeadAllocation.Balanced(shuffled, reps: 14, perRep: 200);

        var repByAdvisor = leads.Select((l, i) => (l.AdvisorCrd, original.RepOf[i])).ToDictionary();
        for (int i = 0; i < shuffled.Count; i++) Assert.Equal(repByAdvisor[shuffled[i].AdvisorCrd], permuted.RepOf[i]);
    }
}
