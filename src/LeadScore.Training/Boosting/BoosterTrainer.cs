using System.Diagnostics;
using LeadScore.Data.Labeled;
using LeadScore.LightGbm;
using LeadScore.Training.Config;

namespace LeadScore.Training.Boosting;

/// <summary>A LightGBM model trained on some rows, and how its training went.</summary>
/// <param name="ModelText">LightGBM text model holding iterations 0..<paramref name="BestIteration"/>.</param>
/// <param name="BestIteration">0-based iteration with the best validation metric (the last one without validation).</param>
/// <param name="Rounds">Iterations run before stopping.</param>
/// <param name="StoppedEarly">True when the validation metric stopped improving before the round cap.</param>
/// <param name="BestScore">The validation metric at <paramref name="BestIteration"/>; null without validation.</param>
/// <param name="ValidationCurve">The validation metric after each iteration (empty without validation).</param>
/// <param name="ScalePosWeight">The positive weight used (resolved from "auto").</param>
/// <param name="Elapsed">Wall time of the whole training.</param>
public sealed record TrainedBooster(string ModelText, int BestIteration, int Rounds, bool StoppedEarly, double? BestScore,
    IReadOnlyList<double> ValidationCurve, double ScalePosWeight, TimeSpan Elapsed);

/// <summary>
/// Trains LightGBM through its C API, one iteration at a time, stopping on a validation window. With
/// scale_pos_weight ≠ 1 the validation rows carry the same positive weight, so the watched log-loss is the loss
/// the trees minimise.
/// </summary>
public static class BoosterTrainer
{
    /// <summary>Trains on <paramref name="fit"/>, early-stopping on <paramref name="valid"/>.</summary>
    public static TrainedBooster WithEarlyStopping(LabeledRows fit, LabeledRows valid, BoosterConfig booster, EarlyStoppingConfig stopping,
        IProgress<int>? progress = null) =>
        Run(fit, valid, booster, stopping, stopping.MaxRounds, progress);

    /// <summary>Trains exactly <paramref name="rounds"/> iterations on <paramref name="rows"/> (the refit on all of TRAIN).</summary>
    public static TrainedBooster ForRounds(LabeledRows rows, BoosterConfig booster, int rounds, IProgress<int>? progress = null) =>
        Run(rows, null, booster, new EarlyStoppingConfig("binary_logloss", rounds, rounds), rounds, progress);

    private static TrainedBooster Run(LabeledRows fit, LabeledRows? valid, BoosterConfig booster, EarlyStoppingConfig stopping,
        int maxRounds, IProgress<int>? progress)
    {
        var watch = Stopwatch.StartNew();
        int positives = fit.Positives;
        var parameters = booster.ToParameters(fit.Count - positives, positives, stopping.Metric);
        string text = parameters.ToString();
        try
        {
            using var train = LightGbmDataset.FromMatrix(fit.RowMajor(), fit.Count, fit.Features.Count, Labels(fit), text);
            train.SetFeatureNames(fit.Features);
            using var model = LightGbmBooster.Create(train, text);
            LightGbmDataset? validation = null;
            try
            {
                if (valid is not null)
                {
                    validation = LightGbmDataset.FromMatrix(valid.RowMajor(), valid.Count, valid.Features.Count, Labels(valid), text, train);
                    if (stopping.Metric == "binary_logloss" && parameters.ScalePosWeight != 1)
                        validation.SetWeights(valid.Labels.Select(l => l == 1 ? (float)parameters.ScalePosWeight : 1f).ToArray());
                    model.AddValidation(validation);
                }
                return Iterate(model, valid is not null, stopping, maxRounds, parameters.ScalePosWeight, watch, progress);
            }
            finally
            {
                validation?.Dispose();
            }
        }
        catch (LightGbmException e)
        {
            throw TrainingException.NativeFailure(e.Message);
        }
    }

    private static TrainedBooster Iterate(LightGbmBooster model, bool validating, EarlyStoppingConfig stopping, int maxRounds,
        double scalePosWeight, Stopwatch watch, IProgress<int>? progress)
    {
        bool higherIsBetter = stopping.Metric == "auc";
        var curve = new List<double>();
        int best = -1, rounds = 0;
        double bestScore = double.NaN;
        bool stoppedEarly = false;
        while (rounds < maxRounds)
        {
            bool finished = model.UpdateOneIteration();
            rounds++;
            progress?.Report(rounds);
            if (validating)
            {
                double score = model.GetEvaluation(1)[0];
                curve.Add(score);
                if (best < 0 || (higherIsBetter ? score > bestScore : score < bestScore))
                {
                    best = rounds - 1;
                    bestScore = score;
                }
                else if (rounds - 1 - best >= stopping.Rounds)
                {
                    stoppedEarly = true;
                    break;
                }
            }
            if (finished) break;
        }
        int keep = validating ? best + 1 : rounds;
        return new TrainedBooster(model.SaveModelToString(0, keep), keep - 1, rounds, stoppedEarly,
            validating ? bestScore : null, curve, scalePosWeight, watch.Elapsed);
    }

    private static float[] Labels(LabeledRows rows) => rows.Labels.Select(l => (float)l).ToArray();
}
