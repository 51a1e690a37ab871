using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// Two conversion rates compared: the risk ratio with its Katz log interval, and the pooled two-proportion
/// z-test (statsmodels' <c>proportions_ztest([a, b], [n_a, n_b])</c>).
/// </summary>
/// <param name="RateA">successesA / trialsA.</param>
/// <param name="RateB">successesB / trialsB.</param>
/// <param name="RiskRatio">RateA / RateB (+infinity when only B has no successes, NaN when neither has any).</param>
/// <param name="RiskRatioLower">exp(ln RR - z·SE), SE = sqrt(1/a - 1/n_a + 1/b - 1/n_b); NaN when either success count is 0.</param>
/// <param name="RiskRatioUpper">exp(ln RR + z·SE); NaN when either success count is 0.</param>
/// <param name="Z">(RateA - RateB) / sqrt(p(1 - p)(1/n_a + 1/n_b)) with p the pooled rate; 0 when p is 0 or 1.</param>
/// <param name="PValue">Two-sided p-value of Z (1 when p is 0 or 1).</param>
/// <param name="Level">Confidence level of the risk-ratio interval.</param>
public sealed record RateComparison(
    double RateA,
    double RateB,
    double RiskRatio,
    double RiskRatioLower,
    double RiskRatioUpper,
    double Z,
    double PValue,
    double Level)
{
    /// <summary>Compares group A's conversion rate with group B's.</summary>
    /// <exception cref="MetricsException">A group without trials, successes outside 0..trials, or a level outside (0, 1).</exception>
    public static RateComparison Compare(int successesA, int trialsA, int successesB, int trialsB, double level = 0.95)
    {
        ScoreValidation.Counts(successesA, trialsA);
        ScoreValidation.Counts(successesB, trialsB);
        ScoreValidation.Level(level);
        double a = successesA, b = successesB, na = trialsA, nb = trialsB;
        double rateA = a / na, rateB = b / nb;
        var ratio = rateA / rateB;

        double lower = double.NaN, upper = double.NaN;
        if (successesA > 0 && successesB > 0)
        {
            var se = Math.Sqrt(1.0 / a - 1.0 / na + 1.0 / b - 1.0 / nb);
            var z = Normal.TwoSidedCritical(level);
            lower = Math.Exp(Math.Log(ratio) - z * se);
            upper = Math.Exp(Math.Log(ratio) + z * se);
        }

        var pooled = (a + b) / (na + nb);
        var variance = pooled * (1.0 - pooled) * (1.0 / na + 1.0 / nb);
        double zStatistic = 0.0, pValue = 1.0;
        if (variance > 0.0)
        {
            zStatistic = (rateA - rateB) / Math.Sqrt(variance);
            pValue = Normal.TwoSidedPValue(zStatistic);
        }

        return new RateComparison(rateA, rateB, ratio, lower, upper, zStatistic, pValue, level);
    }
}
