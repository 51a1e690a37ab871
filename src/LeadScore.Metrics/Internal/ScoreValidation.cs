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

    /// <summary>A confidence level strictly between 0 and 1.</summary>
    public static void Level(double level)
    {
        if (!(level > 0.0 && level < 1.0))
        {
            throw MetricsException.LevelOutOfRange(level);
        }
    }

    /// <summary>Like <see cref="ScoresAndLabels"/>, and also requires every score to be a probability in [0, 1].</summary>
    public static int ProbabilitiesAndLabels(ReadOnlySpan<double> probabilities, ReadOnlySpan<int> labels)
    {
        var positives = ScoresAndLabels(probabilities, labels);
        for (var i = 0; i < probabilities.Length; i++)
        {
            if (probabilities[i] is < 0.0 or > 1.0)
            {
                throw MetricsException.ProbabilityOutOfRange(i, probabilities[i]);
            }
        }

        return positives;
    }

    /// <summary>0/1 labels, non-empty; returns the number of positives.</summary>
    public static int Labels(ReadOnlySpan<int> labels)
    {
        if (labels.IsEmpty)
        {
            throw MetricsException.Empty();
        }

        var positives = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] is not (0 or 1))
            {
                throw MetricsException.InvalidLabel(i, labels[i]);
            }

            positives += labels[i];
        }

        return positives;
    }

    /// <summary>A success count from 0 to a positive number of trials.</summary>
    public static void Counts(int successes, int trials)
    {
        if (trials < 1 || successes < 0 || successes > trials)
        {
            throw MetricsException.InvalidCounts(successes, trials);
        }
    }

    /// <summary>Values that may be NaN (a missing value) but not infinite; returns how many are not NaN.</summary>
    public static int FiniteOrMissing(ReadOnlySpan<double> values, string sample)
    {
        var present = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (double.IsInfinity(values[i]))
            {
                throw MetricsException.InfiniteScore(i, values[i]);
            }

            if (!double.IsNaN(values[i]))
            {
                present++;
            }
        }

        if (present == 0)
        {
            throw MetricsException.NoValues(sample);
        }

        return present;
    }

    /// <summary>A finite value for a calibrator input or parameter.</summary>
    public static void Finite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw MetricsException.NonFiniteValue(name, value);
        }
    }
}
