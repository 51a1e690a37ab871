using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>Lift of the top of the score distribution: a segment's conversion rate / the overall rate.</summary>
public static class Lift
{
    private const string MetricName = "lift";

    /// <summary>
    /// "Top-X% lift": the conversion rate among rows whose score is at or above
    /// <c>np.percentile(scores, 100 - percent)</c>, divided by the overall rate. Ties at the threshold are
    /// all included, so the segment can hold more than <paramref name="percent"/>% of the rows.
    /// </summary>
    /// <exception cref="MetricsException">Invalid input, no positive label, or a share outside (0, 100].</exception>
    public static double TopPercent(
        ReadOnlySpan<double> scores,
        ReadOnlySpan<int> labels,
        double percent,
        ScorePrecision precision = ScorePrecision.Double)
    {
        if (!(percent > 0.0 && percent <= 100.0))
        {
            throw MetricsException.PercentOutOfRange(percent);
        }

        // np.percentile divides by 100 itself, so (100 - p) / 100 reproduces its quantile exactly.
        return AboveQuantile(scores, labels, (100.0 - percent) / 100.0, precision);
    }

    /// <summary>
    /// The conversion rate among rows with score at or above the <paramref name="quantile"/>-th quantile
    /// (numpy linear, see <see cref="Quantile.Linear"/>), divided by the overall conversion rate.
    /// </summary>
    /// <exception cref="MetricsException">Invalid input, no positive label, or a quantile outside [0, 1].</exception>
    public static double AboveQuantile(
        ReadOnlySpan<double> scores,
        ReadOnlySpan<int> labels,
        double quantile,
        ScorePrecision precision = ScorePrecision.Double)
    {
        var positives = ScoreValidation.ScoresAndLabelsWithPositives(scores, labels, MetricName);
        var threshold = Quantile.Linear(scores, quantile, precision);
        int selected = 0, converted = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] >= threshold)
            {
                selected++;
                converted += labels[i];
            }
        }

        var overallRate = (double)positives / scores.Length;
        return (double)converted / selected / overallRate;
    }
}
