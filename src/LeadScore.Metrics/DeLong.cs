using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// DeLong, DeLong &amp; Clarke-Pearson (1988) confidence intervals and paired tests for ROC AUC, computed by
/// Sun &amp; Xu's (2014) fast midrank algorithm in O(n log n). Tied scores count half, as in the AUC itself.
/// </summary>
public static class DeLong
{
    /// <summary>
    /// The AUC with DeLong's standard error and the normal interval <c>AUC ± z·SE</c> clipped to [0, 1],
    /// where z is the two-sided critical value at <paramref name="level"/>.
    /// </summary>
    /// <exception cref="MetricsException">Invalid input, fewer than 2 rows of either class, or a level outside (0, 1).</exception>
    public static AucInterval Interval(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, double level = 0.95)
    {
        var (m, n) = Validate(scores, labels, level);
        var c = DeLongComponents.Build(scores, labels);
        var variance = DeLongComponents.Covariance(c.V10, c.V10) / m + DeLongComponents.Covariance(c.V01, c.V01) / n;
        var se = Math.Sqrt(Math.Max(variance, 0.0));
        var auc = RocAuc.Compute(scores, labels);
        var z = Normal.TwoSidedCritical(level);
        return new AucInterval(auc, se, Math.Max(0.0, auc - z * se), Math.Min(1.0, auc + z * se), level);
    }

    /// <summary>
    /// The paired DeLong test of two models scored on the same rows: the difference of AUCs (A - B), its
    /// standard error from the covariance matrix of the two AUCs, the z statistic, its two-sided p-value and
    /// the normal interval of the difference clipped to [-1, 1]. When the standard error is 0 (e.g. identical
    /// rankings), Z is 0 and the p-value 1 if the AUCs are equal, else ±infinity and 0.
    /// </summary>
    /// <exception cref="MetricsException">Invalid input, fewer than 2 rows of either class, or a level outside (0, 1).</exception>
    public static AucComparison Compare(
        ReadOnlySpan<double> scoresA, ReadOnlySpan<double> scoresB, ReadOnlySpan<int> labels, double level = 0.95)
    {
        var (m, n) = Validate(scoresA, labels, level);
        ScoreValidation.ScoresAndLabels(scoresB, labels);
        var a = DeLongComponents.Build(scoresA, labels);
        var b = DeLongComponents.Build(scoresB, labels);
        var variance = VarianceOfDifference(a.V10, b.V10) / m + VarianceOfDifference(a.V01, b.V01) / n;
        var se = Math.Sqrt(Math.Max(variance, 0.0));

        double aucA = RocAuc.Compute(scoresA, labels), aucB = RocAuc.Compute(scoresB, labels);
        var difference = aucA - aucB;
        double zStatistic, pValue;
        if (se > 0.0)
        {
            zStatistic = difference / se;
            pValue = Normal.TwoSidedPValue(zStatistic);
        }
        else
        {
            zStatistic = difference == 0.0 ? 0.0 : Math.CopySign(double.PositiveInfinity, difference);
            pValue = difference == 0.0 ? 1.0 : 0.0;
        }

        var z = Normal.TwoSidedCritical(level);
        return new AucComparison(aucA, aucB, difference, se, zStatistic, pValue,
            Math.Max(-1.0, difference - z * se), Math.Min(1.0, difference + z * se), level);
    }

    /// <summary>var(a) + var(b) - 2 cov(a, b) of two component vectors.</summary>
    private static double VarianceOfDifference(double[] a, double[] b) =>
        DeLongComponents.Covariance(a, a) + DeLongComponents.Covariance(b, b) - 2.0 * DeLongComponents.Covariance(a, b);

    private static (int Positives, int Negatives) Validate(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, double level)
    {
        ScoreValidation.Level(level);
        var positives = ScoreValidation.ScoresAndLabels(scores, labels);
        var negatives = labels.Length - positives;
        if (positives < 2 || negatives < 2)
        {
            throw MetricsException.TooFewForDeLong(positives, negatives);
        }

        return (positives, negatives);
    }
}
