namespace LeadScore.Models.Gates;

/// <summary>The metric names a gate can check, and the values of one run by name.</summary>
public static class GateMetrics
{
    public static readonly string[] Names =
    [
        "split.train_rows", "split.test_rows", "split.gap_days", "split.rate_difference_pp",
        "training.stopped_early", "training.best_iteration", "importance.max_gain_share",
        "train.auc", "train.top_decile_lift", "validation.auc", "validation.top_decile_lift",
        "test.auc", "test.auc_lower", "test.auc_upper", "test.average_precision", "test.top_decile_lift",
        "test.top_decile_lift_lower", "test.bottom20_rate", "test.bottom20_rate_unweighted", "test.brier",
        "gap.auc", "gap.top_decile_lift", "cv.auc_mean", "cv.auc_std",
    ];

    public static bool IsKnown(string name) => Names.Contains(name);
}
