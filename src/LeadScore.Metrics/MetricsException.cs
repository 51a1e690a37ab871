using System.Globalization;

namespace LeadScore.Metrics;

/// <summary>
/// The one exception thrown by the metrics layer. Every message is one line that says what was wrong
/// and what to do; messages are written only in the factory methods below.
/// </summary>
public sealed class MetricsException : Exception
{
    private MetricsException(string message) : base(message) { }

    /// <summary>No scores were given.</summary>
    public static MetricsException Empty() =>
        new("No scores were given; pass at least one score.");

    /// <summary>Scores and labels have different lengths.</summary>
    public static MetricsException LengthMismatch(int scores, int labels) =>
        new($"Got {scores} scores but {labels} labels; pass exactly one 0/1 label per score.");

    /// <summary>A score is NaN (the first one found).</summary>
    public static MetricsException NaNScore(int index) =>
        new($"Score at index {index} is NaN; remove or impute missing scores before computing metrics.");

    /// <summary>A score is positive or negative infinity (the first one found).</summary>
    public static MetricsException InfiniteScore(int index, double value) =>
        new($"Score at index {index} is {Format(value)}; scores must be finite numbers.");

    /// <summary>A label is neither 0 nor 1 (the first one found).</summary>
    public static MetricsException InvalidLabel(int index, int value) =>
        new($"Label at index {index} is {value}; labels must be 0 (no conversion) or 1 (conversion).");

    /// <summary>No label is 1, so the metric is undefined.</summary>
    public static MetricsException NoPositives(string metric, int count) =>
        new($"All {count} labels are 0, so {metric} is undefined; evaluate on a set with at least one conversion.");

    /// <summary>No label is 0, so the metric is undefined.</summary>
    public static MetricsException NoNegatives(string metric, int count) =>
        new($"All {count} labels are 1, so {metric} is undefined; evaluate on a set with at least one non-conversion.");

    /// <summary>The requested number of bins is not positive.</summary>
    public static MetricsException InvalidBinCount(int bins) =>
        new($"The number of bins must be at least 1 (got {bins}); pass 10 for deciles.");

    /// <summary>Quantile binning produced no bin, because every score is the same.</summary>
    public static MetricsException SingleDistinctScore(int count, double value, int bins) =>
        new($"All {count} scores equal {Format(value)}, so {bins} quantile bins collapse to none; " +
            "pass at least two distinct scores (pandas would label every row NaN).");

    /// <summary>Equal-count binning needs at least one row per bin.</summary>
    public static MetricsException TooFewScores(int count, int bins) =>
        new($"Got {count} scores for {bins} equal-count bins; pass at least one score per bin or ask for fewer bins.");

    /// <summary>A quantile is outside [0, 1] or NaN.</summary>
    public static MetricsException QuantileOutOfRange(double quantile) =>
        new($"Quantile {Format(quantile)} is outside [0, 1]; pass e.g. 0.9 for the 90th percentile.");

    /// <summary>A "top X%" share is outside (0, 100] or NaN.</summary>
    public static MetricsException PercentOutOfRange(double percent) =>
        new($"Top share {Format(percent)}% is outside (0, 100]; pass e.g. 10 for the top 10%.");

    /// <summary>A request for the lowest k bins names more bins than the table has, or fewer than one.</summary>
    public static MetricsException BinCountOutOfRange(int requested, int available) =>
        new($"Asked for the lowest {requested} bins but the table has {available}; pass a count from 1 to {available}.");

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
