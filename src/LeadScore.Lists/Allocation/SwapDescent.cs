namespace LeadScore.Lists.Allocation;

/// <summary>
/// Improves a start for the solver: repeatedly swaps one lead of class a at rep p for one lead of class b at rep q
/// (loads unchanged), taking the swap that lowers Σ_r E_r² the most — ties broken by the smaller tier-mix change,
/// then by index, so it is deterministic. Σ E² falls strictly at every step, so it stops; at the end no single swap
/// can bring two reps' expected conversions closer. CP-SAT then starts from this and proves the bound.
/// </summary>
internal static class SwapDescent
{
    public static BalancedSolution Improve(AllocationPool pool, BalancedSolution start, int reps)
    {
        var counts = start.Counts.Select(row => (int[])row.Clone()).ToArray();
        var conversions = new long[reps];
        for (int c = 0; c < counts.Length; c++)
            for (int r = 0; r < reps; r++) conversions[r] += pool.Classes[c].Weight * counts[c][r];
        for (int g = 0; g < pool.Groups.Count; g++) conversions[start.GroupRep[g]] += pool.Groups[g].Weight;

        while (true)
        {
            (long gain, int tierCost, int p, int q, int a, int b) best = (0, 0, -1, -1, -1, -1);
            for (int p = 0; p < reps; p++)
                for (int q = 0; q < reps; q++)
                {
                    long gap = conversions[p] - conversions[q];
                    if (gap <= 0) continue;
                    for (int a = 0; a < counts.Length; a++)
                    {
                        if (counts[a][p] == 0) continue;
                        for (int b = 0; b < counts.Length; b++)
                        {
                            long d = pool.Classes[a].Weight - pool.Classes[b].Weight;
                            if (d <= 0 || d >= gap || counts[b][q] == 0) continue;
                            long gain = 2 * d * (gap - d); // how much Σ E² falls
                            int tierCost = TierCost(pool, counts, a, p, q) + TierCost(pool, counts, b, q, p);
                            if (gain > best.gain || (gain == best.gain && tierCost < best.tierCost))
                                best = (gain, tierCost, p, q, a, b);
                        }
                    }
                }
            if (best.p < 0) break;
            counts[best.a][best.p]--; counts[best.a][best.q]++;
            counts[best.b][best.q]--; counts[best.b][best.p]++;
            long delta = pool.Classes[best.a].Weight - pool.Classes[best.b].Weight;
            conversions[best.p] -= delta;
            conversions[best.q] += delta;
        }
        return start with { Counts = counts };
    }

    /// <summary>How moving one lead of class c from rep <paramref name="from"/> to <paramref name="to"/> changes that class's imbalance.</summary>
    private static int TierCost(AllocationPool pool, int[][] counts, int c, int from, int to) =>
        counts[c][to] + 1 > counts[c][from] - 1 ? 1 : -1;
}
