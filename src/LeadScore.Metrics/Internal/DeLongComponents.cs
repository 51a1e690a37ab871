namespace LeadScore.Metrics.Internal;

/// <summary>
/// DeLong's structural components by Sun &amp; Xu's (2014) midrank method, O(n log n). For positive i,
/// <c>V10[i]</c> is the share of negatives it outscores (ties count half); for negative j, <c>V01[j]</c> is the
/// share of positives that outscore it. The AUC is the mean of either; its variance is
/// <c>var(V10) / m + var(V01) / n</c> (sample variances, m positives, n negatives).
/// </summary>
internal sealed class DeLongComponents
{
    private DeLongComponents(double[] positives, double[] negatives)
    {
        V10 = positives;
        V01 = negatives;
    }

    /// <summary>One component per positive row, in input order.</summary>
    public double[] V10 { get; }

    /// <summary>One component per negative row, in input order.</summary>
    public double[] V01 { get; }

    /// <summary>Builds the components; inputs must already be validated.</summary>
    public static DeLongComponents Build(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels)
    {
        var positiveScores = new List<double>();
        var negativeScores = new List<double>();
        for (var i = 0; i < scores.Length; i++)
        {
            (labels[i] == 1 ? positiveScores : negativeScores).Add(scores[i]);
        }

        int m = positiveScores.Count, n = negativeScores.Count;
        var combined = new double[m + n];
        positiveScores.CopyTo(combined, 0);
        negativeScores.CopyTo(combined, m);
        var tz = Midranks.Of(combined);
        var tx = Midranks.Of(positiveScores.ToArray());
        var ty = Midranks.Of(negativeScores.ToArray());

        var v10 = new double[m];
        for (var i = 0; i < m; i++)
        {
            v10[i] = (tz[i] - tx[i]) / n;
        }

        var v01 = new double[n];
        for (var j = 0; j < n; j++)
        {
            v01[j] = 1.0 - (tz[m + j] - ty[j]) / m;
        }

        return new DeLongComponents(v10, v01);
    }

    /// <summary>Sample covariance (n - 1 denominator) of two equally long component vectors.</summary>
    public static double Covariance(double[] a, double[] b)
    {
        double meanA = 0.0, meanB = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            meanA += a[i];
            meanB += b[i];
        }

        meanA /= a.Length;
        meanB /= b.Length;
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += (a[i] - meanA) * (b[i] - meanB);
        }

        return sum / (a.Length - 1);
    }
}
