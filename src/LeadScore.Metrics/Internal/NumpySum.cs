namespace LeadScore.Metrics.Internal;

/// <summary>
/// Summation in exactly numpy's order (<c>np.add.reduce</c> on a contiguous float64 array), so results
/// match scikit-learn to the last bit: the array is reduced in buffer-sized chunks of 8,192 elements,
/// each chunk by numpy's pairwise summation (8-way unrolled blocks of at most 128 elements).
/// </summary>
internal static class NumpySum
{
    private const int BufferSize = 8192;
    private const int PairwiseBlock = 128;

    public static double Sum(ReadOnlySpan<double> values)
    {
        var total = 0.0;
        for (var start = 0; start < values.Length; start += BufferSize)
        {
            total += Pairwise(values.Slice(start, Math.Min(BufferSize, values.Length - start)));
        }

        return total;
    }

    private static double Pairwise(ReadOnlySpan<double> a)
    {
        var n = a.Length;
        if (n < 8)
        {
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                sum += a[i];
            }

            return sum;
        }

        if (n <= PairwiseBlock)
        {
            double r0 = a[0], r1 = a[1], r2 = a[2], r3 = a[3], r4 = a[4], r5 = a[5], r6 = a[6], r7 = a[7];
            var i = 8;
            for (; i < n - (n % 8); i += 8)
            {
                r0 += a[i]; r1 += a[i + 1]; r2 += a[i + 2]; r3 += a[i + 3];
                r4 += a[i + 4]; r5 += a[i + 5]; r6 += a[i + 6]; r7 += a[i + 7];
            }

            var res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7));
            for (; i < n; i++)
            {
                res += a[i];
            }

            return res;
        }

        var half = n / 2;
        half -= half % 8;
        return Pairwise(a[..half]) + Pairwise(a[half..]);
    }
}
