using System.Globalization;

namespace LeadScore.Monitoring.Internal;

/// <summary>Invariant-culture formatting for evidence sentences and meanings.</summary>
internal static class Text
{
    public static string Percent(double rate) => (100 * rate).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    public static string Share(double share) => (100 * share).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Probability(double p) => (100 * p).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Times(double lift) => lift.ToString("0.00", CultureInfo.InvariantCulture) + "×";

    public static string Points(double difference) =>
        (difference >= 0 ? "+" : "−") + (100 * Math.Abs(difference)).ToString("0.00", CultureInfo.InvariantCulture) + " pp";

    public static string Number(double value, int decimals = 3) =>
        value.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A metric's value in its own unit: a rate or difference in %, a lift in ×, a PSI as a number.</summary>
    public static string Value(RuleMetric metric, double value) => metric switch
    {
        RuleMetric.TopDecileLift => Times(value),
        RuleMetric.ChallengerMinusChampionRate => Points(value),
        RuleMetric.Psi => Number(value),
        RuleMetric.PsiTrend => Number(value) + " a month",
        _ => Percent(value),
    };

    public static string Name(RuleMetric metric) => metric switch
    {
        RuleMetric.OverallRate => "overall conversion rate",
        RuleMetric.TopDecileRate => "top-decile conversion rate",
        RuleMetric.TopDecileLift => "top-decile lift over the baseline",
        RuleMetric.BottomFifthRate => "bottom-fifth conversion rate",
        RuleMetric.ChallengerMinusChampionRate => "challenger's top-decile picks minus the champion's",
        RuleMetric.Psi => "PSI",
        _ => "PSI trend",
    };

    public static string Action(RuleAction action) => action switch
    {
        RuleAction.Alert => "alert",
        RuleAction.PromoteChallenger => "promote the challenger",
        RuleAction.PlannedRollback => "planned rollback",
        RuleAction.ImmediateRollback => "immediate rollback",
        _ => "none",
    };
}
