namespace LeadScore.Lists.Allocation;

/// <summary>
/// The original SQL's assignment (§5.2 M), quirks included: round-robin within (bucket, tier) by overall rank,
/// partners/founders moved to the rep of their firm's best-ranked partner/founder, then each rep cut to the quota in
/// the order (bucket name, tier name, overall rank) — alphabetical, not by value, as the SQL's string sort does.
/// </summary>
internal static class StratifiedRoundRobin
{
    public static int[] Assign(IReadOnlyList<AllocationLead> leads, int reps, int perRep)
    {
        var repOf = new int[leads.Count];
        var buckets = leads.Select(l => ConversionBucket.Of(l.ExpectedRate)).ToArray();

        foreach (var stratum in Enumerable.Range(0, leads.Count).GroupBy(i => (buckets[i], leads[i].Tier)))
        {
            int rankWithinBucket = 0;
            foreach (var i in stratum.OrderBy(i => leads[i].OverallRank)) repOf[i] = rankWithinBucket++ % reps;
        }

        foreach (var firm in Enumerable.Range(0, leads.Count).Where(i => leads[i].PartnerOrFounder).GroupBy(i => leads[i].FirmCrd))
        {
            int owner = repOf[firm.MinBy(i => leads[i].OverallRank)];
            foreach (var i in firm) repOf[i] = owner;
        }

        foreach (var rep in Enumerable.Range(0, leads.Count).GroupBy(i => repOf[i]))
        {
            var cut = rep.OrderBy(i => buckets[i], StringComparer.Ordinal)
                .ThenBy(i => leads[i].Tier, StringComparer.Ordinal)
                .ThenBy(i => leads[i].OverallRank)
                .Skip(perRep);
            foreach (var i in cut) repOf[i] = -1;
        }
        return repOf;
    }
}
