using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// Quantile binning exactly like pandas <c>qcut(scores, bins, labels=False, duplicates='drop')</c>:
/// edges are numpy linear quantiles at 0, 1/bins, ..., 1; duplicate edges are dropped (so ties can leave
/// fewer bins); bins are right-closed and the lowest edge belongs to bin 0. Bin 0 holds the lowest scores.
/// </summary>
public static class QuantileBins
{
    /// <summary>The bin edges after duplicates are dropped, ascending (one more edge than bins).</summary>
    /// <exception cref="MetricsException">Empty or non-finite scores, or <paramref name="bins"/> below 1.</exception>
    public static double[] Edges(
        ReadOnlySpan<double> scores, int bins = 10, ScorePrecision precision = ScorePrecision.Double)
    {
        ScoreValidation.Scores(scores);
        ScoreValidation.Bins(bins);
        var sorted = scores.ToArray();
        Array.Sort(sorted);
        return EdgesOfSorted(sorted, bins, precision);
    }

    /// <summary>The bin of each score, in input order (0 = lowest); pandas' integer labels.</summary>
    /// <exception cref="MetricsException">
    /// Invalid input, or every score equal with <paramref name="bins"/> above 1 (pandas gives NaN for every row).
    /// </exception>
    public static int[] Assign(
        ReadOnlySpan<double> scores, int bins = 10, ScorePrecision precision = ScorePrecision.Double)
    {
        var edges = Edges(scores, bins, precision);
        if (edges.Length < 2)
        {
            throw MetricsException.SingleDistinctScore(scores.Length, scores[0], bins);
        }

        var assigned = new int[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            // pandas: searchsorted(edges, x, side='left'), values on the lowest edge go to bin 1, label = id - 1.
            var x = scores[i];
            var id = x == edges[0] ? 1 : SortedSearch.LowerBound(edges, x, 0, edges.Length);
            assigned[i] = id - 1;
        }

        return assigned;
    }

    private static double[] EdgesOfSorted(double[] sorted, int bins, ScorePrecision precision)
    {
        var levels = NumpyQuantile.EvenlySpacedLevels(bins);
        var edges = new double[levels.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            edges[i] = NumpyQuantile.LinearSorted(sorted, levels[i], precision);
        }

        // pandas keeps duplicated edges when there are only two of them (a single bin).
        return edges.Length == 2 ? edges : Unique(edges);
    }

    /// <summary>Distinct values in order of first appearance, like pandas' <c>algos.unique</c>.</summary>
    private static double[] Unique(double[] values)
    {
        var kept = new List<double>(values.Length);
        foreach (var value in values)
        {
            if (!kept.Contains(value))
            {
                kept.Add(value);
            }
        }

        return kept.ToArray();
    }
}
