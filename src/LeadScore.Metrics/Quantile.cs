using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>Quantiles of a score set, computed exactly like numpy's default (<c>method='linear'</c>).</summary>
public static class Quantile
{
    /// <summary>
    /// The <paramref name="quantile"/>-th quantile (0..1) of <paramref name="scores"/>, equal to
    /// <c>np.quantile(scores, quantile)</c>; <c>np.percentile(scores, p)</c> is <c>Linear(scores, p / 100.0)</c>.
    /// </summary>
    /// <exception cref="MetricsException">Empty or non-finite scores, or a quantile outside [0, 1].</exception>
    public static double Linear(
        ReadOnlySpan<double> scores, double quantile, ScorePrecision precision = ScorePrecision.Double)
    {
        ScoreValidation.Scores(scores);
        CheckQuantile(quantile);
        var sorted = scores.ToArray();
        Array.Sort(sorted);
        return NumpyQuantile.LinearSorted(sorted, quantile, precision);
    }

    internal static void CheckQuantile(double quantile)
    {
        if (!(quantile >= 0.0 && quantile <= 1.0))
        {
            throw MetricsException.QuantileOutOfRange(quantile);
        }
    }
}
