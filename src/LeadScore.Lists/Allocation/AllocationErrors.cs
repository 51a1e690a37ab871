namespace LeadScore.Lists.Allocation;

/// <summary>The allocation's error messages, written once; each says what was wrong and what to do.</summary>
internal static class AllocationErrors
{
    public static ListException BadReps(int reps) =>
        new($"cannot allocate leads to {reps} reps; pass at least one active rep (SGA).");

    public static ListException BadPerRep(int perRep) =>
        new($"cannot allocate {perRep} leads per rep; the per-rep quota must be at least 1 (the original uses 200).");

    public static ListException TooManyLeads(int leads, int reps, int perRep) =>
        new($"{leads} leads do not fit {reps} reps × {perRep} per rep = {(long)reps * perRep}; cut the list to at most that many leads (by overall rank) before allocating.");

    public static ListException DuplicateAdvisor(long crd) =>
        new($"advisor CRD {crd} appears more than once in the list; deduplicate the list (one row per advisor) before allocating.");

    public static ListException DuplicateRank(int rank) =>
        new($"overall rank {rank} appears more than once in the list; overall ranks must be unique (1 = best).");

    public static ListException BadLead(long crd, string why) =>
        new($"lead with advisor CRD {crd}: {why}; fix the list before allocating.");

    public static ListException NoSolution(string status, int groups, int capacity) =>
        new($"the balanced allocation found no solution (CP-SAT: {status}): the {groups} partner/founder groups cannot be packed into reps of {capacity} leads with every lead assigned; use the round-robin policy for this list.");
}
