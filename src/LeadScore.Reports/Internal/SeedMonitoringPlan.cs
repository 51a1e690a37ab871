namespace LeadScore.Reports.Internal;

/// <summary>
/// The seed document's monitoring targets and rollback criteria (domain spec §8.5–8.6), kept as data in one place:
/// the plan a readiness report states until leadscore has a monitoring config to draw it from.
/// </summary>
internal static class SeedMonitoringPlan
{
    /// <summary>A seed target: the metric, the target as written, and the value the seed's own backtest reported.</summary>
    public sealed record Target(string Metric, string Goal, string SeedValue);

    /// <summary>A rollback trigger: its kind, its conditions, how fast to act.</summary>
    public sealed record Trigger(string Kind, string Conditions, string ActWithin);

    public static readonly IReadOnlyList<Target> Targets =
    [
        new("Top-decile lift", "≥ 2.0×", "2.03×"),
        new("Overall conversion", "≥ 4.5%", "4.83%"),
        new("MQLs per 2,800 leads", "≥ 130", "135"),
        new("Bottom-20% conversion", "< 2.0%", "1.40%"),
        new("Test AUC", "≥ 0.60", "0.620"),
    ];

    public const string Cadence = "daily checks of top-decile and overall conversion; a weekly full lift analysis and significance test; a monthly review.";

    public const string WeekOne = "top decile converting at ≥ 5.0%, overall ≥ 4.5%, lift ≥ 1.7×, MQLs ≥ 130.";

    public const string Shadow = "1–2 weeks of the champion and the challenger in parallel; success means the challenger converts at least as well as the champion, its top-decile lift is ≥ 2.0× and no decile regresses.";

    public static readonly IReadOnlyList<Trigger> Triggers =
    [
        new("Immediate rollback", "top-decile conversion < 3.0% for 2 consecutive days; or overall conversion < 3.5% for 2 consecutive days; or a critical bug or data-quality issue", "24 h"),
        new("Planned rollback", "top-decile lift < 1.5× for a week; or overall conversion < 4.0% for a week; or a significance test shows the previous model ahead", "1 week"),
        new("Checklist variant (DEPLOYMENT_CHECKLIST_V4.1.md)", "top-decile lift < 1.5× for 2 consecutive weeks; or test AUC < 0.59; or top-decile conversion < 5%", "–"),
    ];
}
