namespace LeadScore.Reports;

/// <summary>
/// What a readiness report is about: the challenger (a registered version or alias), the champion it would replace
/// (null: the registry's champion), the backtest evidence to rely on (null: the newest recorded for the pair; else a
/// SHA-256 or a prefix of at least 8 hex digits), and the warehouse whose last scoring run is checked (null: none given).
/// </summary>
public sealed record ReadinessRequest(string Challenger, string? Champion = null, string? EvidenceSha256 = null, string? Warehouse = null);
