namespace LeadScore.Lists.Allocation;

/// <summary>
/// The month's leads shared among the reps: the rep of every lead, what each rep received, and how fair it came out.
/// </summary>
/// <param name="Method">The policy that produced it.</param>
/// <param name="RepOf">0-based rep per lead, in the input order; −1 = not assigned (cut by the per-rep cap).</param>
/// <param name="Loads">One entry per rep, rep 0 first.</param>
/// <param name="SplitGroups">Partner/founder groups larger than a rep's capacity, split into consecutive chunks in rank order.</param>
/// <param name="Solver">What CP-SAT proved (Balanced only; null for RoundRobin).</param>
/// <param name="Elapsed">Wall time of the whole allocation.</param>
public sealed record RepAssignment(
    AllocationMethod Method, int[] RepOf, IReadOnlyList<RepLoad> Loads, int SplitGroups, SolverReport? Solver, TimeSpan Elapsed)
{
    /// <summary>Max − min expected conversions over reps.</summary>
    public double Spread => Loads.Count == 0 ? 0 : Loads.Max(l => l.ExpectedConversions) - Loads.Min(l => l.ExpectedConversions);

    /// <summary>Σ over tiers of (max − min over reps of that tier's count).</summary>
    public int TierMixSpread =>
        Loads.SelectMany(l => l.TierCounts.Keys).Distinct(StringComparer.Ordinal)
            .Sum(tier => Loads.Max(l => l.CountOf(tier)) - Loads.Min(l => l.CountOf(tier)));

    /// <summary>Max − min over reps of the sum of overall ranks.</summary>
    public long RankSumSpread => Loads.Count == 0 ? 0 : Loads.Max(l => l.RankSum) - Loads.Min(l => l.RankSum);

    /// <summary>Leads left unassigned (RepOf = −1).</summary>
    public int Cut => RepOf.Count(r => r < 0);

    /// <summary>Whether the solver proved the allocation optimal (always false for RoundRobin, which does not optimise).</summary>
    public bool ProvenOptimal => Solver?.ProvenOptimal ?? false;

    internal static RepAssignment Build(
        AllocationMethod method, IReadOnlyList<AllocationLead> leads, int[] repOf, int reps, int splitGroups, SolverReport? solver, TimeSpan elapsed)
    {
        var counts = new int[reps];
        var conversions = new double[reps];
        var rankSums = new long[reps];
        var tiers = Enumerable.Range(0, reps).Select(_ => new SortedDictionary<string, int>(StringComparer.Ordinal)).ToArray();
        for (int i = 0; i < leads.Count; i++)
        {
            int rep = repOf[i];
            if (rep < 0) continue;
            counts[rep]++;
            conversions[rep] += leads[i].ExpectedRate;
            rankSums[rep] += leads[i].OverallRank;
            tiers[rep][leads[i].Tier] = tiers[rep].GetValueOrDefault(leads[i].Tier) + 1;
        }
        var loads = Enumerable.Range(0, reps).Select(r => new RepLoad(r, counts[r], conversions[r], tiers[r], rankSums[r])).ToArray();
        return new RepAssignment(method, repOf, loads, splitGroups, solver, elapsed);
    }
}
