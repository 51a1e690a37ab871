using LeadScore.Training.Boosting;
using LeadScore.Training.Evaluation;
using LeadScore.Training.Split;

namespace LeadScore.Training.Evaluation;

/// <summary>The named figures of a run that gates check (<c>GateMetrics.Names</c>).</summary>
public static class RunMetrics
{
    public static IReadOnlyDictionary<string, double> Collect(TemporalSplit split, IReadOnlyList<WindowCounts> windows, TrainedBooster final,
        IReadOnlyList<FoldResult> folds, EvaluationReport train, EvaluationReport validation, EvaluationReport test)
    {
        var trainCounts = windows.First(w => w.Name == "train");
        var testCounts = windows.First(w => w.Name == "test");
        var metrics = new Dictionary<string, double>
        {
            ["split.train_rows"] = trainCounts.Rows,
            ["split.test_rows"] = testCounts.Rows,
            ["split.gap_days"] = split.GapDays,
            ["split.rate_difference_pp"] = Math.Abs(trainCounts.Rate - testCounts.Rate) * 100,
            ["training.stopped_early"] = folds.All(f => f.Booster.StoppedEarly) ? 1 : 0,
            ["training.best_iteration"] = final.BestIteration,
            ["importance.max_gain_share"] = test.Importance?.Max(i => i.GainShare) ?? double.NaN,
            ["validation.auc"] = validation.Auc.Auc,
            ["validation.top_decile_lift"] = validation.TopDecileLift.Estimate,
        };
        Add(metrics, "train", train);
        Add(metrics, "test", test);
        metrics["test.auc_lower"] = test.Auc.Lower;
        metrics["test.auc_upper"] = test.Auc.Upper;
        metrics["test.top_decile_lift_lower"] = test.TopDecileLift.Lower;
        metrics["test.average_precision"] = test.AveragePrecision;
        metrics["test.bottom20_rate"] = test.Bottom20Rate;
        metrics["test.bottom20_rate_unweighted"] = test.Bottom20RateUnweighted;
        metrics["test.brier"] = test.Calibration.Brier;
        metrics["gap.auc"] = train.Auc.Auc - test.Auc.Auc;
        metrics["gap.top_decile_lift"] = train.TopDecileLift.Estimate - test.TopDecileLift.Estimate;
        if (folds.Count > 1)
        {
            double mean = folds.Average(f => f.Auc);
            metrics["cv.auc_mean"] = mean;
            metrics["cv.auc_std"] = Math.Sqrt(folds.Sum(f => (f.Auc - mean) * (f.Auc - mean)) / (folds.Count - 1));
        }
        return metrics;
    }

    private static void Add(Dictionary<string, double> metrics, string set, EvaluationReport report)
    {
        metrics[$"{set}.auc"] = report.Auc.Auc;
        metrics[$"{set}.top_decile_lift"] = report.TopDecileLift.Estimate;
    }
}
