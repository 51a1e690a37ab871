using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// Percentile bootstrap intervals. Each replicate draws row indices with replacement using xoshiro256**
/// seeded from <c>seed</c> (so results are identical across runs, platforms and .NET versions), evaluates the
/// statistic on them, and the interval is the linear-interpolated (numpy default) quantiles of the replicate
/// values at (1 - level) / 2 and (1 + level) / 2. Replicates where the statistic is NaN or infinite are
/// skipped and counted in <see cref="BootstrapInterval.Undefined"/>.
/// </summary>
public static class Bootstrap
{
    /// <summary>
    /// Resamples <paramref name="rows"/> row indices. <paramref name="statistic"/> receives a fresh array of
    /// row indices per replicate (it may keep it); the estimate is the statistic on 0, 1, ..., rows - 1.
    /// </summary>
    /// <exception cref="MetricsException">
    /// Fewer than 1 row or replicate, a level outside (0, 1), or the statistic undefined on every replicate.
    /// </exception>
    public static BootstrapInterval Interval(
        int rows, Func<int[], double> statistic, int replicates, int seed, double level = 0.95)
    {
        if (rows < 1)
        {
            throw MetricsException.InvalidRowCount(rows);
        }

        ArgumentNullException.ThrowIfNull(statistic);
        var generator = new RandomStream(seed);
        return Run(rows, statistic, replicates, level, sample =>
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = generator.NextInt(rows);
            }
        });
    }

    /// <summary>
    /// Resamples the rows of a labelled set. When <paramref name="stratified"/>, positions holding a positive
    /// label draw from the positive rows and the others from the negative rows, so every replicate keeps the
    /// original conversion count (and <c>labels[sample[i]] == labels[i]</c>); otherwise all rows are drawn
    /// together, exactly as <see cref="Interval(int, Func{int[], double}, int, int, double)"/>.
    /// </summary>
    /// <exception cref="MetricsException">
    /// Empty or non-0/1 labels, fewer than 1 replicate, a level outside (0, 1), or the statistic undefined on every replicate.
    /// </exception>
    public static BootstrapInterval Interval(
        ReadOnlySpan<int> labels,
        Func<int[], double> statistic,
        int replicates,
        int seed,
        double level = 0.95,
        bool stratified = true)
    {
        ScoreValidation.Labels(labels);
        if (!stratified)
        {
            return Interval(labels.Length, statistic, replicates, seed, level);
        }

        ArgumentNullException.ThrowIfNull(statistic);
        var positives = new List<int>();
        var negatives = new List<int>();
        for (var i = 0; i < labels.Length; i++)
        {
            (labels[i] == 1 ? positives : negatives).Add(i);
        }

        var pattern = labels.ToArray();
        var generator = new RandomStream(seed);
        return Run(labels.Length, statistic, replicates, level, sample =>
        {
            for (var i = 0; i < sample.Length; i++)
            {
                var pool = pattern[i] == 1 ? positives : negatives;
                sample[i] = pool[generator.NextInt(pool.Count)];
            }
        });
    }

    /// <summary>
    /// The top-decile lift of <see cref="DecileTable.Qcut"/> (10 pandas-qcut bins, double precision) with a
    /// percentile bootstrap interval. Replicates where it is undefined (no conversion drawn, or every drawn
    /// score equal) are skipped and counted. Stratified by default, so each replicate keeps the conversion count.
    /// </summary>
    /// <exception cref="MetricsException">Invalid input, no positive label, all scores equal, or invalid bootstrap settings.</exception>
    public static BootstrapInterval TopDecileLift(
        ReadOnlySpan<double> scores,
        ReadOnlySpan<int> labels,
        int replicates = 2000,
        int seed = 42,
        double level = 0.95,
        bool stratified = true)
    {
        ScoreValidation.ScoresAndLabelsWithPositives(scores, labels, "decile lift");
        var s = scores.ToArray();
        var y = labels.ToArray();
        return Interval(labels, sample => TopDecileLiftOf(s, y, sample), replicates, seed, level, stratified);
    }

    private static double TopDecileLiftOf(double[] scores, int[] labels, int[] sample)
    {
        var n = sample.Length;
        var s = new double[n];
        var y = new int[n];
        var positives = 0;
        var varies = false;
        for (var i = 0; i < n; i++)
        {
            s[i] = scores[sample[i]];
            y[i] = labels[sample[i]];
            positives += y[i];
            varies |= s[i] != s[0];
        }

        return positives > 0 && varies ? DecileTable.Qcut(s, y).TopDecileLift : double.NaN;
    }

    private static BootstrapInterval Run(
        int rows, Func<int[], double> statistic, int replicates, double level, Action<int[]> draw)
    {
        if (replicates < 1)
        {
            throw MetricsException.InvalidReplicates(replicates);
        }

        ScoreValidation.Level(level);
        var identity = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            identity[i] = i;
        }

        var estimate = statistic(identity);
        var values = new List<double>(replicates);
        for (var r = 0; r < replicates; r++)
        {
            var sample = new int[rows];
            draw(sample);
            var value = statistic(sample);
            if (double.IsFinite(value))
            {
                values.Add(value);
            }
        }

        if (values.Count == 0)
        {
            throw MetricsException.NoDefinedReplicates(replicates);
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        var alpha = 1.0 - level;
        var lower = NumpyQuantile.LinearSorted(sorted, alpha / 2.0, ScorePrecision.Double);
        var upper = NumpyQuantile.LinearSorted(sorted, 1.0 - alpha / 2.0, ScorePrecision.Double);
        return new BootstrapInterval(estimate, lower, upper, level, replicates, StandardDeviation(sorted),
            replicates - values.Count);
    }

    /// <summary>Sample standard deviation, two-pass on deviations from the first value (exactly 0 when all are equal).</summary>
    private static double StandardDeviation(double[] values)
    {
        if (values.Length < 2)
        {
            return double.NaN;
        }

        var origin = values[0];
        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v - origin;
        }

        mean /= values.Length;
        var sum = 0.0;
        foreach (var v in values)
        {
            var deviation = v - origin - mean;
            sum += deviation * deviation;
        }

        return Math.Sqrt(sum / (values.Length - 1));
    }
}
