namespace LeadScore.Models.Gates;

/// <summary>
/// One check on the evaluation, as data: <c>metric op fail</c> must hold or the gate fails; when <c>warn</c> is
/// given, <c>metric op warn</c> must also hold or the gate warns.
/// </summary>
public sealed record GateSpec(string Id, string Description, string Metric, string Op, double? Fail, double? Warn);
