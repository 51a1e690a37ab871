namespace LeadScore.Lists.Allocation;

/// <summary>
/// The leads as the balanced model sees them: interchangeable leads pooled into classes of one (tier, rate), and
/// partner/founder groups kept whole (chunked at <see cref="Capacity"/>). Built from the leads sorted by overall rank,
/// so the model does not depend on the input order. Lead indices refer to the caller's list.
/// </summary>
internal sealed class AllocationPool
{
    /// <summary>Rates become integers in units of a millionth of a conversion (then divided by their common gcd).</summary>
    public const double RateScale = 1_000_000;

    public required IReadOnlyList<string> Tiers { get; init; }
    public required IReadOnlyList<LeadClass> Classes { get; init; }
    public required IReadOnlyList<PartnerGroup> Groups { get; init; }
    public required int Capacity { get; init; }
    public required int SplitGroups { get; init; }

    /// <summary>The common divisor taken out of every weight; a model unit is Unit / RateScale conversions.</summary>
    public required long Unit { get; init; }

    public static AllocationPool Of(IReadOnlyList<AllocationLead> leads, int capacity)
    {
        var byRank = Enumerable.Range(0, leads.Count).OrderBy(i => leads[i].OverallRank).ToArray();
        var tiers = byRank.Select(i => leads[i]).GroupBy(l => l.Tier, StringComparer.Ordinal)
            .OrderBy(g => g.Min(l => l.TierOrder)).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToArray();
        var tierIndex = tiers.Select((t, k) => (t, k)).ToDictionary(p => p.t, p => p.k, StringComparer.Ordinal);

        var firmsWithGroups = byRank.Where(i => leads[i].PartnerOrFounder).GroupBy(i => leads[i].FirmCrd)
            .Where(g => g.Count() > 1).ToDictionary(g => g.Key, g => g.ToArray());
        var chunks = firmsWithGroups.Values.OrderBy(members => leads[members[0]].OverallRank)
            .SelectMany(members => members.Chunk(capacity)).ToArray();
        int split = firmsWithGroups.Values.Count(m => m.Length > capacity);

        var grouped = chunks.Where(c => c.Length > 1).SelectMany(c => c).ToHashSet();
        var classes = byRank.Where(i => !grouped.Contains(i))
            .GroupBy(i => (leads[i].Tier, Weight: Weight(leads[i].ExpectedRate)))
            .Select(g => g.ToArray())
            .OrderBy(m => tierIndex[leads[m[0]].Tier]).ThenBy(m => leads[m[0]].OverallRank)
            .ToArray();

        long[] classWeights = classes.Select(m => Weight(leads[m[0]].ExpectedRate)).ToArray();
        long[] groupWeights = chunks.Where(c => c.Length > 1).Select(c => c.Sum(i => Weight(leads[i].ExpectedRate))).ToArray();
        long unit = classWeights.Concat(groupWeights).Aggregate(0L, Gcd);
        if (unit == 0) unit = 1;

        return new AllocationPool
        {
            Tiers = tiers,
            Capacity = capacity,
            SplitGroups = split,
            Unit = unit,
            Classes = classes.Select((m, k) => new LeadClass(tierIndex[leads[m[0]].Tier], classWeights[k] / unit, m)).ToArray(),
            Groups = chunks.Where(c => c.Length > 1).Select((c, k) => new PartnerGroup(groupWeights[k] / unit, c,
                TierCounts(c, leads, tierIndex, tiers.Length))).ToArray(),
        };
    }

    /// <summary>A rate in model units before the gcd: round half away from zero to a millionth.</summary>
    public static long Weight(double rate) => (long)Math.Round(rate * RateScale, MidpointRounding.AwayFromZero);

    private static int[] TierCounts(int[] members, IReadOnlyList<AllocationLead> leads, Dictionary<string, int> tierIndex, int tiers)
    {
        var counts = new int[tiers];
        foreach (var i in members) counts[tierIndex[leads[i].Tier]]++;
        return counts;
    }

    private static long Gcd(long a, long b) => b == 0 ? Math.Abs(a) : Gcd(b, a % b);
}

/// <summary>Interchangeable leads: one tier, one rate, none in a partner group; members sorted by overall rank.</summary>
internal sealed record LeadClass(int Tier, long Weight, int[] Members);

/// <summary>A firm's partners/founders (or one chunk of them), which one rep must own; members sorted by overall rank.</summary>
internal sealed record PartnerGroup(long Weight, int[] Members, int[] TierCounts);
