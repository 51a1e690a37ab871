namespace LeadScore.Models.Gates;

/// <summary>A gate's verdict: it held, it held the fail threshold but not the warn one, it did not, or its metric was absent.</summary>
public enum GateStatus
{
    Pass,
    Warn,
    Fail,
    Skipped,
}

/// <summary>One gate's verdict with the value it saw and the thresholds it applied.</summary>
public sealed record GateResult(string Id, string Description, string Metric, string Op, double? Value, double? Fail, double? Warn, GateStatus Status);
