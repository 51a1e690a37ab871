using LeadScore.Backtest;
using LeadScore.Registry;

namespace LeadScore.Reports;

/// <summary>
/// Everything a readiness report is written from, read once: both versions as the registry holds them, the backtest
/// evidence (the registry event that recorded it and the result it keeps), the sign-offs the registry requires and
/// those given, every registry event of the two versions, and the last scoring run when a warehouse was given.
/// Building the report from it is pure (<see cref="ReadinessReport.Build"/>).
/// </summary>
public sealed partial record ReadinessEvidence(
    VersionEvidence Challenger,
    VersionEvidence Champion,
    RegistryEvent BacktestEvent,
    BacktestResult Backtest,
    IReadOnlyList<string> RequiredSignOffs,
    IReadOnlyList<RegistryEvent> Events,
    string? Warehouse,
    ScoringRunEvidence? ScoringRun)
{
    /// <summary>The SHA-256 of the backtest file the report relies on.</summary>
    public string EvidenceSha256 => BacktestEvent.EvidenceSha256!;

    /// <summary>The challenger's sign-off events, oldest first.</summary>
    public IReadOnlyList<RegistryEvent> SignOffs => Events.Where(e => e.Action == "sign-off" && e.Version == Challenger.Version).ToArray();

    /// <summary>Required roles without a sign-off of the challenger.</summary>
    public IReadOnlyList<string> MissingSignOffs => RequiredSignOffs.Except(SignOffs.Select(s => s.Role!)).ToArray();
}
