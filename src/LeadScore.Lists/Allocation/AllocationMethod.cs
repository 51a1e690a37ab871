namespace LeadScore.Lists.Allocation;

/// <summary>How the leads were shared among the reps.</summary>
public enum AllocationMethod
{
    /// <summary>CP-SAT: expected conversions, then tier mix, then quality balanced across reps (the default).</summary>
    Balanced,

    /// <summary>The original SQL's stratified round-robin, quirks included (§5.2 M).</summary>
    RoundRobin,
}
