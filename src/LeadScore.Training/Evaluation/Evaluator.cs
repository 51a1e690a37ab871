using LeadScore.Data.Labeled;
using LeadScore.Engine.Explain;
using LeadScore.Engine.Model;
using LeadScore.Metrics;
using LeadScore.Models.Calibration;

namespace LeadScore.Training.Evaluation;

/// <summary>Builds <see cref="EvaluationReport"/>s: pure computation over scores and labels.</summary>
public static class Evaluator
{
    /// <summary>Scores <paramref name="rows"/> with <paramref name="model"/> (explaining them) and reports on them.</summary>
    public static EvaluationReport Evaluate(string set, DateRange? window, TreeEnsemble model, LabeledRows rows,
        ScoreCalibrator? calibrator, int bootstrapReplicates, int seed)
    {
        var scores = ModelScores.Of(model, rows, explain: true);
        var importance = Importance(model, scores.MeanAbsShap!);
        return Report(set, window, scores.Margins, scores.Probabilities, rows.Labels, calibrator, bootstrapReplicates, seed, importance);
    }

    /// <summary>Reports on scores computed elsewhere (e.g. out-of-fold validation predictions).</summary>
    public static EvaluationReport Report(string set, DateRange? window, double[] margins, double[] probabilities, int[] labels,
        ScoreCalibrator? calibrator, int bootstrapReplicates, int seed, IReadOnlyList<FeatureImportanceLine>? importance = null)
    {
        var table = DecileTable.Qcut(probabilities, labels);
        var deciles = table.Rows.Select(d =>
        {
            var wilson = Wilson.Interval(d.Conversions, d.Count);
            return new DecileLine(d.Decile, d.Count, d.Conversions, d.ConversionRate, wilson.Lower, wilson.Upper, d.Lift, d.MeanScore);
        }).ToArray();
        var (pooled, unweighted) = Bottom20(table);
        var calibrated = calibrator?.Apply(margins, probabilities);
        return new EvaluationReport(set, window, labels.Length, table.Conversions, table.OverallRate,
            DeLong.Interval(probabilities, labels), AveragePrecision.Compute(probabilities, labels), deciles,
            Bootstrap.TopDecileLift(probabilities, labels, bootstrapReplicates, seed), pooled, unweighted,
            Calibration(calibrated ?? probabilities, labels, calibrator is null ? "raw model output" : $"calibrated ({calibrator.Method.ToString().ToLowerInvariant()})"),
            importance);
    }

    /// <summary>Gain share, gain, splits and mean |SHAP| per model feature, largest gain first.</summary>
    public static IReadOnlyList<FeatureImportanceLine> Importance(TreeEnsemble model, double[] meanAbsShap)
    {
        var gains = GainImportance.Compute(model);
        double total = gains?.Sum(g => g.TotalGain) ?? 0;
        return model.FeatureNames.Select((name, f) => new FeatureImportanceLine(name,
                total > 0 ? gains![f].TotalGain / total : double.NaN, gains?[f].TotalGain ?? double.NaN, gains?[f].Splits ?? 0, meanAbsShap[f]))
            .OrderByDescending(l => double.IsNaN(l.GainShare) ? l.MeanAbsShap : l.GainShare)
            .ToArray();
    }

    private static (double Pooled, double Unweighted) Bottom20(DecileTable table)
    {
        if (table.Rows.Count < 2) return (double.NaN, double.NaN);
        var (a, b) = (table.Rows[0], table.Rows[1]);
        return ((double)(a.Conversions + b.Conversions) / (a.Count + b.Count), (a.ConversionRate + b.ConversionRate) / 2);
    }

    private static CalibrationReport Calibration(double[] probabilities, int[] labels, string scores)
    {
        var reliability = ReliabilityTable.Build(probabilities, labels, 10, ReliabilityBinning.Quantile);
        int distinct = Percentile.Of(probabilities).Distinct().Count();
        return new CalibrationReport(scores, Brier.Score(probabilities, labels), probabilities.Sum(), labels.Count(l => l == 1),
            reliability.ExpectedCalibrationError, distinct, reliability.Rows);
    }
}
