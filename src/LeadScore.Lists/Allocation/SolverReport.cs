namespace LeadScore.Lists.Allocation;

/// <summary>What CP-SAT reported for each objective, in lexicographic order.</summary>
/// <param name="Objectives">The tier-mix slack, then the expected-conversion spread.</param>
public sealed record SolverReport(IReadOnlyList<ObjectiveOutcome> Objectives)
{
    /// <summary>Every objective was proven optimal (given the ones before it).</summary>
    public bool ProvenOptimal => Objectives.Count > 0 && Objectives.All(o => o.ProvenOptimal);

    /// <summary>The proven lower bound on the expected-conversion spread of the (quantised) model.</summary>
    public double SpreadBound => Objectives.Count > 0 ? Objectives[^1].Bound : 0;
}
