namespace LeadScore.Metrics.Internal;

/// <summary>Counts, conversions and score statistics per bin, like pandas <c>groupby(decile)</c>.</summary>
internal static class DecileAggregation
{
    /// <summary>One row per non-empty bin, lowest bin first; bins with no rows are left out, as groupby does.</summary>
    public static List<DecileRow> Rows(
        ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, int[] deciles, int bins, out int totalConversions)
    {
        var counts = new int[bins];
        var conversions = new int[bins];
        var sums = new double[bins];
        var minima = new double[bins];
        var maxima = new double[bins];
        Array.Fill(minima, double.PositiveInfinity);
        Array.Fill(maxima, double.NegativeInfinity);

        totalConversions = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            var bin = deciles[i];
            counts[bin]++;
            conversions[bin] += labels[i];
            totalConversions += labels[i];
            sums[bin] += scores[i];
            minima[bin] = Math.Min(minima[bin], scores[i]);
            maxima[bin] = Math.Max(maxima[bin], scores[i]);
        }

        // Same operations as pandas: rate = mean of 0/1 labels, lift = rate / overall mean.
        var overallRate = (double)totalConversions / scores.Length;
        var rows = new List<DecileRow>(bins);
        for (var bin = 0; bin < bins; bin++)
        {
            if (counts[bin] == 0)
            {
                continue;
            }

            var rate = (double)conversions[bin] / counts[bin];
            rows.Add(new DecileRow(
                bin, counts[bin], conversions[bin], rate, rate / overallRate,
                sums[bin] / counts[bin], minima[bin], maxima[bin]));
        }

        return rows;
    }
}
