using LeadScore.Metrics;

namespace LeadScore.Monitoring.Internal;

/// <summary>What a rule found, before it is put into words (the simulation reads only <see cref="Fired"/>).</summary>
internal abstract record Verdict(bool Fired);

/// <summary>A point or interval rule: the latest ended periods judged (oldest first), at most the rule's consecutive count.</summary>
internal sealed record RateVerdict(bool Fired, IReadOnlyList<(Period Period, Measurement Measurement)> Judged) : Verdict(Fired);

/// <summary>
/// A sequential rule: the test at the latest look, the first look that crossed the boundary in the rule's direction
/// (null if none), the smallest p-value over the looks (the always-valid p-value) and the number of looks.
/// </summary>
internal sealed record SequentialVerdict(
    bool Fired, SequentialComparison? Latest, Tally Champion, Tally Challenger, DateOnly? Crossed, SequentialComparison? AtCrossing,
    double PValue, int Looks) : Verdict(Fired);

/// <summary>A drift rule: the latest runs judged (oldest first) with the worst feature's value, or why none could be.</summary>
internal sealed record DriftVerdict(bool Fired, IReadOnlyList<(string RunId, DateOnly AsOf, string Feature, double Value)> Judged, string? Problem)
    : Verdict(Fired);
