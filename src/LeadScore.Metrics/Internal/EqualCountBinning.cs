namespace LeadScore.Metrics.Internal;

/// <summary>Equal-count binning over the descending score order with an index tie-break.</summary>
internal static class EqualCountBinning
{
    /// <summary>The bin of each row (0 = lowest scores); requires at least one row per bin.</summary>
    public static int[] Assign(ReadOnlySpan<double> scores, int bins)
    {
        var n = scores.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var keys = scores.ToArray();
        Array.Sort(order, (x, y) =>
        {
            var byScore = keys[y].CompareTo(keys[x]);
            return byScore != 0 ? byScore : x.CompareTo(y);
        });

        var deciles = new int[n];
        int baseSize = n / bins, larger = n % bins, position = 0;
        for (var group = 0; group < bins; group++)
        {
            var size = baseSize + (group < larger ? 1 : 0);
            for (var j = 0; j < size; j++)
            {
                deciles[order[position++]] = bins - 1 - group;
            }
        }

        return deciles;
    }
}
