using LeadScore.Data.Labeled;
using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Metrics;
using LeadScore.Training.Config;
using LeadScore.Training.Evaluation;
using LeadScore.Training.Split;

namespace LeadScore.Training.Boosting;

/// <summary>One fold's model and its out-of-fold scores on the fold's validation window.</summary>
public sealed record FoldResult(IValidationFold Fold, TrainedBooster Booster, TreeEnsemble Model, LabeledRows Valid,
    double[] Margins, double[] Probabilities, double Auc);

/// <summary>Trains one early-stopped model per validation fold of TRAIN and scores each on its own held-out rows.</summary>
public static class FoldRunner
{
    public static IReadOnlyList<FoldResult> Run(LabeledRows train, IReadOnlyList<IValidationFold> folds, BoosterConfig booster,
        EarlyStoppingConfig stopping, IProgress<int>? progress = null) =>
        folds.Select(fold =>
        {
            var fit = fold.FitRows(train);
            var valid = fold.ValidRows(train);
            var trained = BoosterTrainer.WithEarlyStopping(fit, valid, booster, stopping, progress);
            var model = ModelLoader.Parse(trained.ModelText, $"fold {fold.Description}");
            var scores = ModelScores.Of(model, valid, explain: false);
            return new FoldResult(fold, trained, model, valid, scores.Margins, scores.Probabilities,
                RocAuc.Compute(scores.Probabilities, valid.Labels));
        }).ToArray();

    /// <summary>Rows of the folds' validation windows, with their out-of-fold scores, concatenated.</summary>
    public static (double[] Margins, double[] Probabilities, int[] Labels) OutOfFold(IReadOnlyList<FoldResult> folds) =>
        (folds.SelectMany(f => f.Margins).ToArray(), folds.SelectMany(f => f.Probabilities).ToArray(), folds.SelectMany(f => f.Valid.Labels).ToArray());
}
