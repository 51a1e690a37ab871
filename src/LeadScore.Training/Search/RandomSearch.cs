using System.Diagnostics;
using LeadScore.Data.Labeled;
using LeadScore.Metrics;
using LeadScore.Training.Boosting;
using LeadScore.Training.Config;
using LeadScore.Training.Split;

namespace LeadScore.Training.Search;

/// <summary>The trial a search settled on, its mean per-fold AUC gain over the baseline, that gain's standard error, and why.</summary>
public sealed record SearchChoice(SearchTrial Trial, double GainOverBaseline, double StandardError, string Reason);

/// <summary>One search trial: the parameters it drew and its rolling-origin validation AUC on TRAIN.</summary>
public sealed record SearchTrial(int Trial, BoosterConfig Booster, IReadOnlyDictionary<string, double> Drawn,
    IReadOnlyList<double> FoldAucs, double MeanAuc, double StdAuc, double MeanRounds, TimeSpan Elapsed);

/// <summary>
/// Random search over <see cref="SearchConfig.Space"/>, scored by rolling-origin validation on TRAIN only (each
/// fold fits on earlier months and early-stops on the next ones). Trial 0 is the baseline config, so the winner is
/// never worse than the baseline by this measure. Deterministic for a seed.
/// </summary>
public static class RandomSearch
{
    public static IReadOnlyList<SearchTrial> Run(LabeledRows train, IReadOnlyList<IValidationFold> folds, BoosterConfig baseline,
        EarlyStoppingConfig stopping, SearchConfig search, int seed, IProgress<int>? progress = null)
    {
        var random = new RandomStream(seed);
        var trials = new List<SearchTrial>();
        for (int t = 0; t < search.Trials; t++)
        {
            var drawn = t == 0 ? new Dictionary<string, double>() : search.Space.ToDictionary(r => r.Parameter, r => Draw(r, random));
            var booster = drawn.Aggregate(baseline, (b, kv) => b.With(kv.Key, kv.Value));
            if (booster.MaxDepth > 0) booster = booster with { NumLeaves = Math.Min(booster.NumLeaves, 1 << booster.MaxDepth) };
            var watch = Stopwatch.StartNew();
            var results = FoldRunner.Run(train, folds, booster, stopping);
            var aucs = results.Select(r => r.Auc).ToArray();
            double mean = aucs.Average();
            double std = Math.Sqrt(aucs.Sum(a => (a - mean) * (a - mean)) / Math.Max(1, aucs.Length - 1));
            trials.Add(new SearchTrial(t, booster, drawn, aucs, mean, std, results.Average(r => r.Booster.BestIteration + 1.0), watch.Elapsed));
            progress?.Report(t + 1);
        }
        return trials;
    }

    /// <summary>The trial with the highest mean validation AUC (the earliest on a tie).</summary>
    public static SearchTrial Best(IReadOnlyList<SearchTrial> trials) =>
        trials.OrderByDescending(t => t.MeanAuc).ThenBy(t => t.Trial).First();

    /// <summary>
    /// The trial to train with: the best one only if it beats the baseline (trial 0) on the same folds by more than
    /// <paramref name="minStandardErrors"/> standard errors of the per-fold differences; otherwise the baseline.
    /// With a hundred-odd conversions per fold, validation AUCs move by several points between folds, and the
    /// best of many noisy trials wins partly by luck: a one-standard-error rule keeps that luck out of the model.
    /// </summary>
    public static SearchChoice Choose(IReadOnlyList<SearchTrial> trials, double minStandardErrors)
    {
        var baseline = trials.First(t => t.Trial == 0);
        var best = Best(trials);
        if (best.Trial == 0) return new SearchChoice(baseline, 0, 0, "the baseline config had the best mean validation AUC");
        var differences = best.FoldAucs.Zip(baseline.FoldAucs, (b, a) => b - a).ToArray();
        double mean = differences.Average();
        double se = differences.Length < 2 ? double.PositiveInfinity
            : Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (differences.Length - 1) / differences.Length);
        return mean > minStandardErrors * se
            ? new SearchChoice(best, mean, se, $"trial {best.Trial} beats the baseline by {mean:F4} AUC, more than {minStandardErrors:G3} standard error(s) ({se:F4}) of the per-fold differences")
            : new SearchChoice(baseline, mean, se, $"kept the baseline: the best trial ({best.Trial}) is ahead by {mean:F4} AUC, within {minStandardErrors:G3} standard error(s) ({se:F4}) of the per-fold differences — noise");
    }

    private static double Draw(SearchRange range, RandomStream random)
    {
        double u = random.NextDouble();
        return range.Scale switch
        {
            SearchScale.Log => Math.Exp(Math.Log(range.Low) + u * (Math.Log(range.High) - Math.Log(range.Low))),
            SearchScale.Integer => Math.Floor(range.Low + u * (range.High - range.Low + 1)),
            _ => range.Low + u * (range.High - range.Low),
        };
    }
}
