using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>Average precision, bit-for-bit as scikit-learn's <c>average_precision_score</c> (binary case).</summary>
public static class AveragePrecision
{
    private const string MetricName = "average precision";

    /// <summary>
    /// The sum over distinct thresholds (highest first) of <c>(R_n - R_(n-1)) * P_n</c>; tied scores
    /// form one threshold. No interpolation of the precision-recall curve. O(n log n).
    /// </summary>
    /// <exception cref="MetricsException">Invalid input, or no positive label.</exception>
    public static double Compute(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels)
    {
        ScoreValidation.ScoresAndLabelsWithPositives(scores, labels, MetricName);
        var curve = ThresholdCurve.Build(scores, labels);
        var m = curve.Count;
        var tps = curve.TruePositives;
        var fps = curve.FalsePositives;
        var totalPositives = tps[m - 1];

        // sklearn reverses the curve (lowest threshold first), appends recall 0 / precision 1,
        // and returns -sum(diff(recall) * precision[:-1]); the same terms in the same order here.
        var terms = new double[m];
        for (var i = 0; i < m; i++)
        {
            var k = m - 1 - i;
            var recall = tps[k] / totalPositives;
            var nextRecall = k == 0 ? 0.0 : tps[k - 1] / totalPositives;
            var precision = tps[k] / (tps[k] + fps[k]);
            terms[i] = (nextRecall - recall) * precision;
        }

        return -NumpySum.Sum(terms);
    }
}
