using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// The production "V4 percentile": pandas <c>(rank(pct=True, method='min') * 100).astype(int)</c>.
/// </summary>
public static class PercentileRank
{
    /// <summary>
    /// For each score, in input order: <c>(int)(minRank / n * 100)</c>, where <c>minRank</c> is the 1-based
    /// rank of the lowest row in its tie group. Ranges over 0..100; tied scores share the lowest rank. The
    /// double arithmetic is pandas' own, so e.g. rank 29 of 100 gives 28 (0.29 * 100 = 28.999999999999996).
    /// </summary>
    /// <exception cref="MetricsException">Empty or non-finite scores.</exception>
    public static int[] Compute(ReadOnlySpan<double> scores)
    {
        ScoreValidation.Scores(scores);
        var n = scores.Length;
        var keys = scores.ToArray();
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        var percentiles = new int[n];
        var groupStart = 0;
        for (var i = 0; i < n; i++)
        {
            if (keys[i] != keys[groupStart])
            {
                groupStart = i;
            }

            var fraction = (double)(groupStart + 1) / n;
            percentiles[order[i]] = (int)(fraction * 100);
        }

        return percentiles;
    }
}
