namespace LeadScore.Lists.Allocation;

/// <summary>
/// A good first solution for the solver, built greedily: groups first (biggest first) to the rep with the lowest
/// expected conversions that has room, then each class (highest rate first) lead by lead to the rep with the fewest of
/// that class, then the lowest expected conversions, that has room. Low-rate classes come last and fill the gaps, as
/// in longest-processing-time scheduling.
/// </summary>
internal static class GreedyStart
{
    public static BalancedSolution Build(AllocationPool pool, int reps, int minLoad, int maxLoad)
    {
        int leadCount = pool.Classes.Sum(c => c.Members.Length) + pool.Groups.Sum(g => g.Members.Length);
        // Reps 0..extra−1 take the ceiling when the list is short, so the loads sum to the number of leads.
        int extra = leadCount - minLoad * reps;
        var room = Enumerable.Range(0, reps).Select(r => r < extra ? maxLoad : minLoad).ToArray();
        var conversions = new long[reps];
        var groupRep = new int[pool.Groups.Count];
        foreach (var g in Enumerable.Range(0, pool.Groups.Count).OrderByDescending(g => pool.Groups[g].Members.Length).ThenByDescending(g => pool.Groups[g].Weight))
        {
            var group = pool.Groups[g];
            int rep = Enumerable.Range(0, reps).Where(r => room[r] >= group.Members.Length).DefaultIfEmpty(-1)
                .MinBy(r => r < 0 ? long.MaxValue : conversions[r]);
            if (rep < 0) rep = Array.IndexOf(room, room.Max());
            groupRep[g] = rep;
            room[rep] -= group.Members.Length;
            conversions[rep] += group.Weight;
        }
        var counts = pool.Classes.Select(_ => new int[reps]).ToArray();
        foreach (var c in Enumerable.Range(0, pool.Classes.Count).OrderByDescending(c => pool.Classes[c].Weight))
        {
            for (int k = 0; k < pool.Classes[c].Members.Length; k++)
            {
                int rep = Enumerable.Range(0, reps).Where(r => room[r] > 0)
                    .OrderBy(r => counts[c][r]).ThenBy(r => conversions[r]).ThenBy(r => r).First();
                counts[c][rep]++;
                room[rep]--;
                conversions[rep] += pool.Classes[c].Weight;
            }
        }
        return new BalancedSolution(counts, groupRep, new SolverReport([]));
    }
}
