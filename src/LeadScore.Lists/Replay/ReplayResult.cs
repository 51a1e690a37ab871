namespace LeadScore.Lists.Replay;

/// <summary>
/// The replay: per arm what its lists did with each lead, the inputs the replay had to take as they are today (not as
/// they were on the list's date) by name, for a backtest to print beside its numbers, and the months replayed.
/// </summary>
public sealed record ReplayResult(IReadOnlyList<ReplayArmResult> Arms, IReadOnlyList<string> CurrentNotPointInTime, IReadOnlyList<ReplayMonth> Months);
