using LeadScore.Training.Boosting;
using LeadScore.Training.Split;

namespace LeadScore.Training.Evaluation;

/// <summary>The named figures of a run that gates check (<c>GateMetrics.Names</c>); a figure the run cannot have is absent.</summary>
public static class RunMetrics
{
    /// <summary>
    /// The figures of a run: <paramref name="split"/> is null for a table without dates, <paramref name="train"/> reports on
    /// the rows the final model was fitted on, and <paramref name="test"/> is null when the run has no TEST rows.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Collect(TemporalSplit? split, TrainedBooster final, IReadOnlyList<FoldResult> folds,
        EvaluationReport train, EvaluationReport validation, EvaluationReport? test)
    {
        var metrics = new Dictionary<string, double>
        {
            ["split.train_rows"] = train.Rows,
            ["training.stopped_early"] = folds.All(f => f.Booster.StoppedEarly) ? 1 : 0,
            ["training.best_iteration"] = final.BestIteration,
            ["importance.max_gain_share"] = (test ?? train).Importance?.Max(i => i.GainShare) ?? double.NaN,
            ["validation.auc"] = validation.Auc.Auc,
            ["validation.top_decile_lift"] = validation.TopDecileLift.Estimate,
            ["train.auc"] = train.Auc.Auc,
            ["train.top_decile_lift"] = train.TopDecileLift.Estimate,
        };
        if (split is not null) metrics["split.gap_days"] = split.GapDays;
        if (test is not null)
        {
            metrics["split.test_rows"] = test.Rows;
            metrics["split.rate_difference_pp"] = Math.Abs(train.BaseRate - test.BaseRate) * 100;
            metrics["test.auc"] = test.Auc.Auc;
            metrics["test.top_decile_lift"] = test.TopDecileLift.Estimate;
            metrics["test.auc_lower"] = test.Auc.Lower;
            metrics["test.auc_upper"] = test.Auc.Upper;
            metrics["test.top_decile_lift_lower"] = test.TopDecileLift.Lower;
            metrics["test.average_precision"] = test.AveragePrecision;
            metrics["test.bottom20_rate"] = test.Bottom20Rate;
            metrics["test.bottom20_rate_unweighted"] = test.Bottom20RateUnweighted;
            metrics["test.brier"] = test.Calibration.Brier;
            metrics["gap.auc"] = train.Auc.Auc - test.Auc.Auc;
            metrics["gap.top_decile_lift"] = train.TopDecileLift.Estimate - test.TopDecileLift.Estimate;
        }
        if (folds.Count > 1)
        {
            double mean = folds.Average(f => f.Auc);
            metrics["cv.auc_mean"] = mean;
            metrics["cv.auc_std"] = Math.Sqrt(folds.Sum(f => (f.Auc - mean) * (f.Auc - mean)) / (folds.Count - 1));
        }
        return metrics;
    }
}
