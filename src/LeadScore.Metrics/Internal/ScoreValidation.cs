namespace LeadScore.Metrics.Internal;

/// <summary>The one guard for metric inputs: non-empty, finite scores and 0/1 labels of equal length.</summary>
internal static class ScoreValidation
{
    public static void Scores(ReadOnlySpan<double> scores)
    {
        if (scores.IsEmpty)
        {
            throw MetricsException.Empty();
        }

        for (var i = 0; i < scores.Length; i++)
        {
            var score = scores[i];
            if (double.IsNaN(score))
            {
                throw MetricsException.NaNScore(i);
            }

            if (double.IsInfinity(score))
            {
                throw MetricsException.InfiniteScore(i, score);
            }
        }
    }

    /// <summary>Validates both inputs and returns the number of positive labels.</summary>
    public static int ScoresAndLabels(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels)
    {
        if (scores.Length != labels.Length)
        {
            throw MetricsException.LengthMismatch(scores.Length, labels.Length);
        }

        Scores(scores);
        var positives = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            if (label is not (0 or 1))
            {
                throw MetricsException.InvalidLabel(i, label);
            }

            positives += label;
        }

        return positives;
    }

    /// <summary>Like <see cref="ScoresAndLabels"/>, and also requires at least one positive label.</summary>
    public static int ScoresAndLabelsWithPositives(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels, string metric)
    {
        var positives = ScoresAndLabels(scores, labels);
        if (positives == 0)
        {
            throw MetricsException.NoPositives(metric, labels.Length);
        }

        return positives;
    }

    public static void Bins(int bins)
    {
        if (bins < 1)
        {
            throw MetricsException.InvalidBinCount(bins);
        }
    }
}
