using LeadScore.Lists.Allocation;
using LeadScore.Metrics;

namespace LeadScore.Tests.Lists;

/// <summary>Lead pools for the allocation tests: hand-made leads and a generated January-like list.</summary>
internal static class AllocationPools
{
    /// <summary>The January 2026 final tiers: name, tier order, final expected rate (§3.3, §5.2 K).</summary>
    public static readonly (string Tier, int Order, double Rate)[] Tiers =
    [
        ("TIER_1A_PRIME_MOVER_CFP", 1, 0.0274),
        ("TIER_1B_PRIME_MOVER_SERIES65", 2, 0.1176),
        ("TIER_1_PRIME_MOVER", 3, 0.0476),
        ("TIER_1F_HV_WEALTH_BLEEDER", 4, 0.0606),
        ("TIER_2_PROVEN_MOVER", 5, 0.0591),
        ("TIER_3_MODERATE_BLEEDER", 6, 0.044),
        ("STANDARD_HIGH_V4", 7, 0.035),
    ];

    /// <summary>Leads per tier in a 2,800-lead list, in tier order.</summary>
    public static readonly int[] JanuaryCounts = [58, 70, 350, 58, 1300, 350, 614];

    /// <summary>A lead of tier <paramref name="tier"/> (index into <see cref="Tiers"/>), at its own firm unless given one.</summary>
    public static AllocationLead Lead(int rank, int tier, long? firm = null, bool partner = false) =>
        new(1_000_000 + rank, Tiers[tier].Tier, Tiers[tier].Order, Tiers[tier].Rate, firm ?? 5_000_000 + rank, partner, rank);

    /// <summary>
    /// A January-like list: tiers in tier order (so overall rank follows tier order, as in the SQL), firms drawn at
    /// random, and about <paramref name="partnerShare"/> of the leads partners/founders in groups of 2–5 at one firm.
    /// </summary>
    public static List<AllocationLead> January(ulong seed, double partnerShare = 0.03, int[]? counts = null)
    {
        counts ??= JanuaryCounts;
        var random = new RandomStream(seed, 0);
        int n = counts.Sum();
        var tierOf = counts.SelectMany((count, t) => Enumerable.Repeat(t, count)).ToArray();
        var firm = Enumerable.Range(0, n).Select(_ => (long)random.Between(1, 1500)).ToArray();
        var partner = new bool[n];
        int wanted = (int)Math.Round(partnerShare * n), made = 0, groups = 0;
        while (made < wanted)
        {
            int size = Math.Min(random.Between(2, 5), Math.Max(2, wanted - made));
            long groupFirm = 900_000 + groups++;
            for (int k = 0; k < size; k++)
            {
                int lead;
                do lead = random.NextInt(n); while (partner[lead]);
                partner[lead] = true;
                firm[lead] = groupFirm;
            }
            made += size;
        }
        return Enumerable.Range(0, n).Select(i => new AllocationLead(
            100_000 + i * 7, Tiers[tierOf[i]].Tier, Tiers[tierOf[i]].Order, Tiers[tierOf[i]].Rate, firm[i], partner[i], i + 1)).ToList();
    }

    /// <summary>The same leads in a shuffled order (Fisher–Yates on a RandomStream).</summary>
    public static List<AllocationLead> Shuffled(IReadOnlyList<AllocationLead> leads, ulong seed)
    {
        var random = new RandomStream(seed, 1);
        var copy = leads.ToList();
        for (int i = copy.Count - 1; i > 0; i--)
        {
            int j = random.NextInt(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }
        return copy;
    }
}
