namespace LeadScore.Metrics.Internal;

/// <summary>
/// Increasing isotonic regression of 0/1 labels on scores, as scikit-learn's <c>IsotonicRegression</c> fits
/// it: rows with equal scores are first merged into one point (their mean label, weighted by their count),
/// then pool-adjacent-violators merges neighbouring blocks while a block's mean is not below the next one's,
/// so the final block means strictly increase.
/// </summary>
internal static class PoolAdjacentViolators
{
    /// <summary>One PAV block: distinct scores <c>First..Last</c>, their row count, mean label and row-weighted mean score.</summary>
    public readonly record struct Block(double First, double Last, double Weight, double Mean, double CenterX);

    /// <summary>The blocks, lowest scores first; inputs must already be validated.</summary>
    public static List<Block> Fit(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels)
    {
        var keys = scores.ToArray();
        var items = labels.ToArray();
        Array.Sort(keys, items);

        // Each entry: first/last distinct score, row count, sum of labels, sum of count * score.
        var first = new List<double>();
        var last = new List<double>();
        var weight = new List<double>();
        var sumY = new List<double>();
        var sumX = new List<double>();
        var start = 0;
        while (start < keys.Length)
        {
            var end = start;
            var positives = items[start];
            while (end + 1 < keys.Length && keys[end + 1] == keys[start])
            {
                end++;
                positives += items[end];
            }

            double count = end - start + 1, x = keys[start];
            first.Add(x);
            last.Add(x);
            weight.Add(count);
            sumY.Add(positives);
            sumX.Add(count * x);
            var top = first.Count - 1;

            // Merge while the previous block's mean is not below this one's (cross-multiplied: exact for counts).
            while (top > 0 && sumY[top - 1] * weight[top] >= sumY[top] * weight[top - 1])
            {
                last[top - 1] = last[top];
                weight[top - 1] += weight[top];
                sumY[top - 1] += sumY[top];
                sumX[top - 1] += sumX[top];
                first.RemoveAt(top);
                last.RemoveAt(top);
                weight.RemoveAt(top);
                sumY.RemoveAt(top);
                sumX.RemoveAt(top);
                top--;
            }

            start = end + 1;
        }

        var blocks = new List<Block>(first.Count);
        for (var b = 0; b < first.Count; b++)
        {
            // A block of one distinct score is centred exactly on it (count * x / count can round).
            var center = first[b] == last[b] ? first[b] : Math.Clamp(sumX[b] / weight[b], first[b], last[b]);
            blocks.Add(new Block(first[b], last[b], weight[b], sumY[b] / weight[b], center));
        }

        return blocks;
    }
}
