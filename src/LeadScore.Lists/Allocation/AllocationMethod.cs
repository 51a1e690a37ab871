namespace LeadScore.Lists.Allocation;

/// <summary>How the leads were shared among the reps.</summary>
public enum AllocationMethod
{
    /// <summary>CP-SAT: the tier mix, then expected conversions, balanced across reps; quality spread by a serpentine deal (the default).</summary>
    Balanced,

    /// <summary>The original SQL's stratified round-robin, quirks included (§5.2 M).</summary>
    RoundRobin,
}

/// <summary>The names of the methods as the policy file and the output write them.</summary>
public static class AllocationMethods
{
    public static string Label(this AllocationMethod method) => method == AllocationMethod.Balanced ? "balanced" : "round-robin";
}
