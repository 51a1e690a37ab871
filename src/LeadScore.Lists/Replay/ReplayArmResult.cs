namespace LeadScore.Lists.Replay;

/// <summary>
/// What one arm's lists did with each lead, every array aligned with <see cref="ReplayRequest.Leads"/>: whether its
/// month's list selected it (the advisor's representative made the list), its final tier (the V3 tier, or the score
/// backfill's tier), the step that dropped it (null when selected; the steps of <c>LeadPool.StepOrder</c>), and the
/// arm's percentile of its advisor among the month's advisors (1..100).
/// </summary>
public sealed record ReplayArmResult(string Name, bool[] Selected, string[] FinalTier, string?[] DropStep, int[] Percentile);
