using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>Distribution shift between a reference sample (e.g. training scores) and a current one.</summary>
public static class Drift
{
    /// <summary>Share given to a bin that holds no rows of a sample, so its log-ratio stays finite.</summary>
    public const double EmptyBinShare = 1e-4;

    /// <summary>
    /// Population stability index <c>Σ (a_i - e_i) · ln(a_i / e_i)</c> over bins, where e_i and a_i are the shares
    /// of <paramref name="expected"/> and <paramref name="actual"/> in bin i. Bins: pandas-qcut edges of the non-NaN
    /// expected values (<see cref="QuantileBins.Edges"/>, duplicate edges dropped, so ties can give fewer bins),
    /// right-closed, with the lowest and highest bins open-ended so actual values outside the expected range still
    /// count. NaN values (missing) form one extra bin in both samples. Shares are over all rows including NaN;
    /// any share below <see cref="EmptyBinShare"/> (1e-4, in practice an empty bin) is raised to it.
    /// Rough reading: below 0.1 stable, 0.1-0.25 moderate shift, above 0.25 major shift.
    /// </summary>
    /// <exception cref="MetricsException">A sample empty, all NaN, or holding an infinity; or bins below 1.</exception>
    public static double PopulationStabilityIndex(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, int bins = 10)
    {
        var reference = PsiReference.Of(expected, bins);
        return reference.Against(actual);
    }

    /// <summary>
    /// Two-sample Kolmogorov-Smirnov test: D = max |F_a(x) - F_b(x)| over all observed x (exactly as scipy's
    /// <c>ks_2samp</c>), and the two-sided asymptotic p-value scipy's <c>method='asymp'</c> gives:
    /// <c>kstwo.sf(D, round(n·m / (n + m)))</c>, the one-sample Kolmogorov distribution at the effective size.
    /// </summary>
    /// <exception cref="MetricsException">Either sample empty or holding a NaN or infinity.</exception>
    public static KolmogorovSmirnovResult KolmogorovSmirnov(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        ScoreValidation.Scores(a);
        ScoreValidation.Scores(b);
        var x = a.ToArray();
        var y = b.ToArray();
        Array.Sort(x);
        Array.Sort(y);
        double n1 = x.Length, n2 = y.Length;
        var d = 0.0;
        int i = 0, j = 0;
        while (i < x.Length || j < y.Length)
        {
            // Step past every copy of the next smallest value in both samples, then compare the CDFs there.
            var value = j >= y.Length || (i < x.Length && x[i] <= y[j]) ? x[i] : y[j];
            while (i < x.Length && x[i] == value)
            {
                i++;
            }

            while (j < y.Length && y[j] == value)
            {
                j++;
            }

            d = Math.Max(d, Math.Abs(i / n1 - j / n2));
        }

        double m = Math.Max(n1, n2), n = Math.Min(n1, n2);
        var effective = (int)Math.Round(m * n / (m + n), MidpointRounding.ToEven);
        return new KolmogorovSmirnovResult(d, KolmogorovDistribution.Survival(effective, d));
    }
}
