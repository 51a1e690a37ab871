namespace LeadScore.Lists.Allocation;

/// <summary>
/// Turns the solver's counts into leads: each class's leads, best rank first, are dealt to the reps that still need
/// leads of that class in a serpentine order (0→R−1, then R−1→0, …), so every rep gets a fair share of the class's
/// best and worst. Odd-numbered classes start the serpentine from the other end, so no rep starts first every time.
/// </summary>
internal static class ClassDealer
{
    public static void Deal(AllocationPool pool, BalancedSolution solution, int reps, int[] repOf)
    {
        for (int c = 0; c < pool.Classes.Count; c++)
        {
            var remaining = (int[])solution.Counts[c].Clone();
            var members = pool.Classes[c].Members;
            int next = 0;
            bool ascending = c % 2 == 0;
            while (next < members.Length)
            {
                for (int step = 0; step < reps && next < members.Length; step++)
                {
                    int rep = ascending ? step : reps - 1 - step;
                    if (remaining[rep] == 0) continue;
                    remaining[rep]--;
                    repOf[members[next++]] = rep;
                }
                ascending = !ascending;
            }
        }
        for (int g = 0; g < pool.Groups.Count; g++)
            foreach (var lead in pool.Groups[g].Members) repOf[lead] = solution.GroupRep[g];
    }
}
