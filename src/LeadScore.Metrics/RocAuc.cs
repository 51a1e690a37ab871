using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>Area under the ROC curve, bit-for-bit as scikit-learn's <c>roc_auc_score</c> (binary case).</summary>
public static class RocAuc
{
    private const string MetricName = "ROC AUC";

    /// <summary>
    /// ROC AUC of <paramref name="scores"/> against 0/1 <paramref name="labels"/>. Tied scores form one
    /// threshold (the trapezoid over distinct thresholds, i.e. Mann-Whitney with average ranks). O(n log n).
    /// </summary>
    /// <exception cref="MetricsException">Invalid input, or only one class present.</exception>
    public static double Compute(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels)
    {
        var positives = ScoreValidation.ScoresAndLabelsWithPositives(scores, labels, MetricName);
        if (positives == labels.Length)
        {
            throw MetricsException.NoNegatives(MetricName, labels.Length);
        }

        var curve = ThresholdCurve.Build(scores, labels);
        var (fps, tps) = KeepCorners(curve.FalsePositives, curve.TruePositives);

        // roc_curve prepends the origin, divides by the totals, and auc() integrates with np.trapz.
        var points = fps.Count + 1;
        double totalNegatives = fps[^1], totalPositives = tps[^1];
        var terms = new double[points - 1];
        double previousFpr = 0.0, previousTpr = 0.0;
        for (var i = 0; i < fps.Count; i++)
        {
            var fpr = fps[i] / totalNegatives;
            var tpr = tps[i] / totalPositives;
            terms[i] = (fpr - previousFpr) * (tpr + previousTpr) / 2.0;
            (previousFpr, previousTpr) = (fpr, tpr);
        }

        return NumpySum.Sum(terms);
    }

    /// <summary>
    /// roc_curve's <c>drop_intermediate=True</c>: keeps the first and last thresholds and every threshold
    /// where the curve bends (a non-zero second difference of the false or true positive counts).
    /// </summary>
    private static (List<double> Fps, List<double> Tps) KeepCorners(double[] fps, double[] tps)
    {
        var n = fps.Length;
        var keptFps = new List<double>(n);
        var keptTps = new List<double>(n);
        for (var i = 0; i < n; i++)
        {
            var keep = n <= 2 || i == 0 || i == n - 1
                || (fps[i + 1] - fps[i]) - (fps[i] - fps[i - 1]) != 0
                || (tps[i + 1] - tps[i]) - (tps[i] - tps[i - 1]) != 0;
            if (keep)
            {
                keptFps.Add(fps[i]);
                keptTps.Add(tps[i]);
            }
        }

        return (keptFps, keptTps);
    }
}
