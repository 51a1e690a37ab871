namespace LeadScore.Metrics.Internal;

/// <summary>numpy's <c>quantile(..., method='linear')</c> on an ascending array, operation for operation.</summary>
internal static class NumpyQuantile
{
    /// <summary>
    /// The q-quantile of <paramref name="sorted"/>: virtual index <c>(n-1)*q</c>, then numpy's <c>_lerp</c>,
    /// which uses <c>b - (b-a)*(1-t)</c> when <c>t &gt;= 0.5</c> and <c>a + (b-a)*t</c> otherwise.
    /// </summary>
    public static double LinearSorted(ReadOnlySpan<double> sorted, double q, ScorePrecision precision)
    {
        var n = sorted.Length;
        var virtualIndex = (n - 1) * q;
        if (virtualIndex >= n - 1)
        {
            // numpy clamps both neighbours to the last element; the lerp then returns it unchanged.
            return sorted[n - 1];
        }

        var previous = (int)Math.Floor(virtualIndex);
        var t = virtualIndex - previous;
        var a = sorted[previous];
        var b = sorted[previous + 1];
        var difference = b - a;
        if (precision == ScorePrecision.Single)
        {
            // numpy subtracts two float32 values in float32 before widening for the product with t.
            difference = (float)difference;
        }

        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
    }

    /// <summary>numpy's <c>linspace(0, 1, bins + 1)</c>: <c>i * (1 / bins)</c>, with the last point exactly 1.</summary>
    public static double[] EvenlySpacedLevels(int bins)
    {
        var levels = new double[bins + 1];
        var step = 1.0 / bins;
        for (var i = 0; i < bins; i++)
        {
            levels[i] = i * step;
        }

        levels[bins] = 1.0;
        return levels;
    }
}
