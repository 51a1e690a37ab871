namespace LeadScore.Monitoring.Internal;

/// <summary>How each choice of a rule is written in JSON: snake_case metrics, kebab-case actions, plain words otherwise.</summary>
internal static class RuleSpelling
{
    public static readonly IReadOnlyDictionary<string, RuleMetric> Metrics = new Dictionary<string, RuleMetric>
    {
        ["overall_rate"] = RuleMetric.OverallRate,
        ["top_decile_rate"] = RuleMetric.TopDecileRate,
        ["top_decile_lift"] = RuleMetric.TopDecileLift,
        ["bottom_fifth_rate"] = RuleMetric.BottomFifthRate,
        ["challenger_minus_champion_rate"] = RuleMetric.ChallengerMinusChampionRate,
        ["psi"] = RuleMetric.Psi,
        ["psi_trend"] = RuleMetric.PsiTrend,
    };

    public static readonly IReadOnlyDictionary<string, RuleWindow> Windows = new Dictionary<string, RuleWindow>
    {
        ["day"] = RuleWindow.Day,
        ["week"] = RuleWindow.Week,
        ["month"] = RuleWindow.Month,
    };

    public static readonly IReadOnlyDictionary<string, RuleComparison> Comparisons = new Dictionary<string, RuleComparison>
    {
        ["below"] = RuleComparison.Below,
        ["above"] = RuleComparison.Above,
    };

    public static readonly IReadOnlyDictionary<string, EvidenceStandard> Evidence = new Dictionary<string, EvidenceStandard>
    {
        ["point"] = EvidenceStandard.Point,
        ["interval"] = EvidenceStandard.Interval,
        ["sequential"] = EvidenceStandard.Sequential,
    };

    public static readonly IReadOnlyDictionary<string, RuleAction> Actions = new Dictionary<string, RuleAction>
    {
        ["alert"] = RuleAction.Alert,
        ["planned-rollback"] = RuleAction.PlannedRollback,
        ["immediate-rollback"] = RuleAction.ImmediateRollback,
        ["promote-challenger"] = RuleAction.PromoteChallenger,
    };

    public static readonly IReadOnlyDictionary<string, JudgedModel> Models = new Dictionary<string, JudgedModel>
    {
        ["champion"] = JudgedModel.Champion,
        ["challenger"] = JudgedModel.Challenger,
    };

    public static string Of<T>(IReadOnlyDictionary<string, T> spellings, T value) where T : struct, Enum =>
        spellings.First(s => EqualityComparer<T>.Default.Equals(s.Value, value)).Key;
}
