namespace LeadScore.Metrics.Internal;

/// <summary>Binary search over sorted edges.</summary>
internal static class SortedSearch
{
    /// <summary>
    /// numpy <c>searchsorted(side='left')</c> restricted to edges[<paramref name="low"/>..<paramref name="high"/>):
    /// the first index in that range whose edge is not below <paramref name="x"/> (or <paramref name="high"/>).
    /// </summary>
    public static int LowerBound(double[] edges, double x, int low, int high)
    {
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (edges[mid] < x)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
