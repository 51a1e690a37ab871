using LeadScore.Training.Split;

namespace LeadScore.Training;

/// <summary>What <c>training.json</c> records: data, split, booster settings, early stopping per fold, search.</summary>
internal static class TrainingSummary
{
    public static object Of(TrainingResult r) => new
    {
        name = r.Config.Name,
        trained_at = r.TrainedAt,
        elapsed_seconds = r.Elapsed.TotalSeconds,
        data = r.Data,
        target = r.Config.Target,
        split = r.Split is { } split
            ? (object)new
            {
                column = split.Column,
                windows = r.Windows,
                gap_days = split.GapDays,
                validation = new { method = r.Config.Validation.Method, months = r.Config.Validation.Months, folds = split.Folds },
            }
            : new
            {
                column = (string?)null,
                windows = r.Windows,
                validation = new { method = "stratified_kfold", folds = r.Config.Validation.CrossValidationFolds, seed = r.Config.Booster.Seed },
                test_data = r.TestData,
                no_test = r.TestReport is null ? "the table has no date column and no --test-data was given: no TEST figures" : null,
            },
        features = r.Schema.Features.Select(f => f.Name),
        dropped_as_leaky = r.DroppedAsLeaky,
        lightgbm = r.Booster.ToDictionary(),
        scale_pos_weight = r.Final.ScalePosWeight,
        early_stopping = new
        {
            metric = r.Config.EarlyStopping.Metric,
            patience = r.Config.EarlyStopping.Rounds,
            max_rounds = r.Config.EarlyStopping.MaxRounds,
            folds = r.Folds.Select(f => new
            {
                fit = (f.Fold as ValidationFold)?.Fit,
                valid = (f.Fold as ValidationFold)?.Valid,
                held_out = f.Fold.Description,
                held_out_rows = f.Valid.Count,
                best_iteration = f.Booster.BestIteration,
                rounds_run = f.Booster.Rounds,
                stopped_early = f.Booster.StoppedEarly,
                best_score = f.Booster.BestScore,
                valid_auc = f.Auc,
            }),
        },
        final = new
        {
            refit_on_all_train = r.Config.Refit,
            trees = r.Model.Trees.Count,
            best_iteration = r.Final.BestIteration,
            seconds = r.Final.Elapsed.TotalSeconds,
        },
        calibration = r.Calibrator is null ? null : new { method = r.Calibrator.Method, fitted_on = r.Calibrator.FittedOn, rows = r.Calibrator.Rows },
        search_choice = r.SearchChoice is null ? null : new
        {
            trial = r.SearchChoice.Trial.Trial,
            gain_over_baseline = r.SearchChoice.GainOverBaseline,
            standard_error = r.SearchChoice.StandardError,
            reason = r.SearchChoice.Reason,
        },
        search = r.Search?.Select(t => new
        {
            trial = t.Trial,
            drawn = t.Drawn,
            mean_auc = t.MeanAuc,
            std_auc = t.StdAuc,
            fold_aucs = t.FoldAucs,
            mean_rounds = t.MeanRounds,
            seconds = t.Elapsed.TotalSeconds,
        }),
    };
}
