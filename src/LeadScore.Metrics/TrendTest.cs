using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>A linear trend of a 0/1 indicator along an ordered score (e.g. time): correlation, z and p-value.</summary>
public sealed record TrendResult(double Correlation, double Z, double PValue);

/// <summary>
/// Mantel's test for a linear trend of a binary indicator over a numeric score: the Pearson correlation r of
/// the two, with (n − 1)·r² ~ χ²₁ under no trend (the Cochran–Armitage trend test for ungrouped data).
/// </summary>
public static class TrendTest
{
    public static TrendResult Mantel(ReadOnlySpan<int> indicator, ReadOnlySpan<double> score)
    {
        if (indicator.Length != score.Length) throw MetricsException.LengthMismatch(score.Length, indicator.Length);
        int n = indicator.Length;
        if (n < 3) throw MetricsException.TooFewForTrend(n);
        double meanX = 0, meanY = 0;
        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(score[i])) throw MetricsException.NonFiniteValue($"trend score at index {i}", score[i]);
            if (indicator[i] is not (0 or 1)) throw MetricsException.InvalidLabel(i, indicator[i]);
            meanX += score[i];
            meanY += indicator[i];
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = score[i] - meanX, dy = indicator[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) return new TrendResult(0, 0, 1);
        double r = sxy / Math.Sqrt(sxx * syy);
        double z = r * Math.Sqrt(n - 1);
        return new TrendResult(r, z, Normal.TwoSidedPValue(z));
    }
}
