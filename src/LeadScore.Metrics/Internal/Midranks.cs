namespace LeadScore.Metrics.Internal;

/// <summary>Midranks (average ranks of tied values, 1-based), as <c>scipy.stats.rankdata(method='average')</c>.</summary>
internal static class Midranks
{
    /// <summary>The midrank of each value, in input order. O(n log n).</summary>
    public static double[] Of(ReadOnlySpan<double> values)
    {
        var n = values.Length;
        var keys = values.ToArray();
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys, order);
        var ranks = new double[n];
        var start = 0;
        while (start < n)
        {
            var end = start;
            while (end + 1 < n && keys[end + 1] == keys[start])
            {
                end++;
            }

            // Positions start..end (0-based) share the mean of the 1-based ranks start+1..end+1.
            var midrank = 0.5 * (start + end) + 1.0;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = midrank;
            }

            start = end + 1;
        }

        return ranks;
    }
}
