namespace LeadScore.Metrics.Internal;

/// <summary>
/// Cumulative true and false positives at each distinct score, highest score first: scikit-learn's
/// <c>_binary_clf_curve</c>. Tied scores form one threshold, so ties never depend on row order.
/// </summary>
internal sealed class ThresholdCurve
{
    private ThresholdCurve(double[] truePositives, double[] falsePositives)
    {
        TruePositives = truePositives;
        FalsePositives = falsePositives;
    }

    /// <summary>Positives with score at or above each threshold.</summary>
    public double[] TruePositives { get; }

    /// <summary>Negatives with score at or above each threshold.</summary>
    public double[] FalsePositives { get; }

    public int Count => TruePositives.Length;

    /// <summary>Builds the curve in O(n log n); inputs must already be validated.</summary>
    public static ThresholdCurve Build(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels)
    {
        var keys = scores.ToArray();
        var items = labels.ToArray();
        Array.Sort(keys, items);

        var tps = new List<double>();
        var fps = new List<double>();
        var cumulativePositives = 0;
        var seen = 0;
        for (var i = keys.Length - 1; i >= 0; i--)
        {
            cumulativePositives += items[i];
            seen++;
            if (i == 0 || keys[i - 1] != keys[i])
            {
                tps.Add(cumulativePositives);
                fps.Add(seen - cumulativePositives);
            }
        }

        return new ThresholdCurve(tps.ToArray(), fps.ToArray());
    }
}
