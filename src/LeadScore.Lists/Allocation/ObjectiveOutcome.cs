namespace LeadScore.Lists.Allocation;

/// <summary>
/// One objective of the lexicographic solve: the value reached and the best bound the solver proved, in the
/// objective's own unit (expected conversions, leads, or ranks).
/// </summary>
/// <param name="Objective">Which objective, e.g. "expected-conversion spread".</param>
/// <param name="Value">The value of the solution kept.</param>
/// <param name="Bound">No solution can do better than this (given the earlier objectives).</param>
/// <param name="ProvenOptimal">Value equals Bound: the solver proved it.</param>
public sealed record ObjectiveOutcome(string Objective, double Value, double Bound, bool ProvenOptimal);
