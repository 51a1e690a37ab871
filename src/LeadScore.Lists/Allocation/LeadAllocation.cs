using System.Diagnostics;

namespace LeadScore.Lists.Allocation;

/// <summary>Shares the month's leads among the reps (SGAs): balanced by construction, or the original round-robin.</summary>
public static class LeadAllocation
{
    /// <summary>CP-SAT's deterministic time limit per objective (deterministic seconds, not wall time).</summary>
    public const double DefaultSolveBudget = 0.5;


    /// <summary>
    /// The default policy: every lead assigned, fair by construction, solved with CP-SAT.
    /// <para>
    /// Loads: with n leads and R reps every rep gets ⌊n/R⌋ or ⌈n/R⌉ leads (exactly <paramref name="perRep"/> when
    /// n = R × perRep). Partners/founders of one firm form a group that one rep owns; a group larger than ⌊n/R⌋
    /// (at least 1) is split into consecutive chunks of that size in rank order.
    /// </para>
    /// <para>
    /// Model: leads outside groups with the same (tier, rate) are interchangeable, so the variables are
    /// x[c,r] ∈ [0, ⌈n/R⌉] (leads of class c to rep r) with Σ_r x[c,r] = |c|, and y[g,r] ∈ {0,1} with Σ_r y[g,r] = 1.
    /// Load_r = Σ_c x[c,r] + Σ_g |g|·y[g,r] ∈ [⌊n/R⌋, ⌈n/R⌉]. Rates are integers in millionths of a conversion
    /// (round half away from zero), divided by the gcd of all class and group weights; E_r = Σ_c w_c·x[c,r] + Σ_g w_g·y[g,r].
    /// </para>
    /// <para>
    /// Objectives, lexicographic (each solved in turn; each later solve keeps the earlier ones at the value reached):
    /// (1) the tier mix: each rep's count of each tier t must lie in [⌊T_t/R⌋ − s_t, ⌈T_t/R⌉ + s_t]; minimise Σ_t s_t
    /// (0 unless partner groups force more: balanced by construction); (2) max_r E_r − min_r E_r, the spread of
    /// expected conversions, with that tier mix. Reps are ordered by E_r (symmetry breaking). The solver starts from a
    /// greedy allocation improved by swap descent. (3) Quality: each class's leads are dealt in rank order to the reps
    /// that still need them, serpentine, so the best and worst of every class are shared; the resulting rank-sum spread
    /// is reported, not optimised. CP-SAT runs with one worker, a fixed seed and a deterministic time limit, so the
    /// same list gives the same allocation, whatever its order. (With the spread first instead, the January pool reached
    /// a spread of 0.0015 but left tier counts 28 apart in total; with the tier mix first, 0.0061 and 4.)
    /// </para>
    /// </summary>
    /// <exception cref="ListException">Bad arguments, more leads than reps × perRep, duplicate CRD or rank, or no solution.</exception>
    public static RepAssignment Balanced(IReadOnlyList<AllocationLead> leads, int reps, int perRep) =>
        Balanced(leads, reps, perRep, DefaultSolveBudget);

    /// <summary>As <see cref="Balanced(IReadOnlyList{AllocationLead}, int, int)"/>, with CP-SAT's deterministic time limit per objective.</summary>
    public static RepAssignment Balanced(IReadOnlyList<AllocationLead> leads, int reps, int perRep, double deterministicSecondsPerObjective)
    {
        var clock = Stopwatch.StartNew();
        Validate(leads, reps, perRep);
        var repOf = new int[leads.Count];
        if (leads.Count == 0) return RepAssignment.Build(AllocationMethod.Balanced, leads, repOf, reps, 0, new SolverReport([]), clock.Elapsed);

        int minLoad = leads.Count / reps, maxLoad = (leads.Count + reps - 1) / reps;
        var pool = AllocationPool.Of(leads, Math.Max(1, minLoad));
        var start = SwapDescent.Improve(pool, GreedyStart.Build(pool, reps, minLoad, maxLoad), reps);
        var solution = new BalancedModel(pool, reps, minLoad, maxLoad).Solve(start, deterministicSecondsPerObjective);
        ClassDealer.Deal(pool, solution, reps, repOf);
        return RepAssignment.Build(AllocationMethod.Balanced, leads, repOf, reps, pool.SplitGroups, solution.Report, clock.Elapsed);
    }

    /// <summary>
    /// The original SQL's stratified round-robin (§5.2 M), for comparison and as a policy option: within each
    /// (conversion bucket, tier), rep = (rank − 1) mod R by overall rank; partners/founders follow their firm's
    /// best-ranked partner/founder; then each rep keeps at most <paramref name="perRep"/> in the order (bucket name,
    /// tier name, overall rank) — alphabetical, as the original — and the rest are cut (RepOf = −1).
    /// </summary>
    /// <exception cref="ListException">Bad arguments, more leads than reps × perRep, duplicate CRD or rank.</exception>
    public static RepAssignment RoundRobin(IReadOnlyList<AllocationLead> leads, int reps, int perRep)
    {
        var clock = Stopwatch.StartNew();
        Validate(leads, reps, perRep);
        var repOf = StratifiedRoundRobin.Assign(leads, reps, perRep);
        return RepAssignment.Build(AllocationMethod.RoundRobin, leads, repOf, reps, 0, null, clock.Elapsed);
    }

    private static void Validate(IReadOnlyList<AllocationLead> leads, int reps, int perRep)
    {
        ArgumentNullException.ThrowIfNull(leads);
        if (reps <= 0) throw AllocationErrors.BadReps(reps);
        if (perRep <= 0) throw AllocationErrors.BadPerRep(perRep);
        if (leads.Count > (long)reps * perRep) throw AllocationErrors.TooManyLeads(leads.Count, reps, perRep);
        var crds = new HashSet<long>();
        var ranks = new HashSet<int>();
        foreach (var lead in leads)
        {
            if (lead is null) throw new ArgumentException("the list holds a null lead", nameof(leads));
            if (string.IsNullOrWhiteSpace(lead.Tier)) throw AllocationErrors.BadLead(lead.AdvisorCrd, "the tier is empty");
            if (!(lead.ExpectedRate is >= 0 and <= 1)) throw AllocationErrors.BadLead(lead.AdvisorCrd, $"expected rate {lead.ExpectedRate} is not in [0, 1]");
            if (!crds.Add(lead.AdvisorCrd)) throw AllocationErrors.DuplicateAdvisor(lead.AdvisorCrd);
            if (!ranks.Add(lead.OverallRank)) throw AllocationErrors.DuplicateRank(lead.OverallRank);
        }
    }
}
