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

    /// <summary>A confidence level is outside (0, 1) or NaN.</summary>
    public static MetricsException LevelOutOfRange(double level) =>
        new($"Confidence level {Format(level)} is outside (0, 1); pass e.g. 0.95 for a 95% interval.");

    /// <summary>DeLong's variance needs two rows of each class.</summary>
    public static MetricsException TooFewForDeLong(int positives, int negatives) =>
        new($"DeLong's variance needs at least 2 positives and 2 negatives (got {positives} and {negatives}); evaluate on a larger set.");

    /// <summary>A success count is negative or exceeds its trials, or there are no trials.</summary>
    public static MetricsException InvalidCounts(int successes, int trials) =>
        new($"Got {successes} successes in {trials} trials; pass at least 1 trial and a success count from 0 to the trials.");

    /// <summary>The number of bootstrap replicates is not positive.</summary>
    public static MetricsException InvalidReplicates(int replicates) =>
        new($"The number of bootstrap replicates must be at least 1 (got {replicates}); pass e.g. 2000.");

    /// <summary>The number of rows to resample is not positive.</summary>
    public static MetricsException InvalidRowCount(int rows) =>
        new($"The number of rows to resample must be at least 1 (got {rows}); pass the size of the evaluated set.");

    /// <summary>Every bootstrap replicate of a statistic was NaN or infinite.</summary>
    public static MetricsException NoDefinedReplicates(int replicates) =>
        new($"The statistic was undefined (NaN or infinite) on all {replicates} bootstrap replicates; check it on the full sample or resample stratified.");

    /// <summary>A probability is outside [0, 1] (the first one found).</summary>
    public static MetricsException ProbabilityOutOfRange(int index, double value) =>
        new($"Probability at index {index} is {Format(value)}; probabilities must lie in [0, 1] (calibrate raw scores first).");

    /// <summary>Calibration knots come as X and Y arrays of different lengths, or none.</summary>
    public static MetricsException KnotCountMismatch(int x, int y) =>
        new($"Got {x} knot positions and {y} knot values; pass at least one knot and exactly one value per position.");

    /// <summary>A knot position is not finite or not above the previous one.</summary>
    public static MetricsException KnotsNotIncreasing(int index) =>
        new($"Knot position at index {index} is not finite or not above the previous one; pass finite, strictly increasing positions.");

    /// <summary>A knot value is outside [0, 1] or below the previous one.</summary>
    public static MetricsException KnotValueInvalid(int index, double value) =>
        new($"Knot value at index {index} is {Format(value)}; values must lie in [0, 1] and never decrease.");

    /// <summary>A trend test needs at least three rows.</summary>
    public static MetricsException TooFewForTrend(int count) =>
        new($"Got {count} rows for a trend test; pass at least 3.");

    /// <summary>A value passed to a calibrator or model parameter is NaN or infinite.</summary>
    public static MetricsException NonFiniteValue(string name, double value) =>
        new($"The {name} is {Format(value)}; pass a finite number.");

    /// <summary>Every calibration margin is the same, so a slope cannot be fitted.</summary>
    public static MetricsException ConstantMargins(int count) =>
        new($"All {count} margins are equal, so the Platt slope is undefined; fit on scores that vary.");

    /// <summary>Newton's method did not converge, in practice because the classes are perfectly separated.</summary>
    public static MetricsException PlattDidNotConverge(int iterations) =>
        new($"Platt scaling did not converge in {iterations} Newton steps (the classes are probably perfectly separated); pass smoothTargets: true.");

    /// <summary>A sample has no values other than NaN.</summary>
    public static MetricsException NoValues(string sample) =>
        new($"The {sample} sample has no non-NaN values; pass at least one number.");

    /// <summary>A conversion rate for a power analysis is not strictly between 0 and 1.</summary>
    public static MetricsException RateOutOfRange(string name, double rate) =>
        new($"The {name} is {Format(rate)}; pass a conversion rate strictly between 0 and 1, e.g. 0.045.");

    /// <summary>The two rates of a power analysis are equal, so no number of leads can tell them apart.</summary>
    public static MetricsException EqualRates(double rate) =>
        new($"Both rates are {Format(rate)}, so no number of leads can detect a difference; pass the smallest difference worth detecting.");

    /// <summary>A significance level or target power is outside its range.</summary>
    public static MetricsException PowerSettingOutOfRange(string name, double value, string range) =>
        new($"The {name} is {Format(value)}, outside {range}; pass e.g. alpha 0.05 and power 0.8.");

    /// <summary>The leads per arm or per month for a power calculation is not positive.</summary>
    public static MetricsException InvalidLeadCount(string name, int count) =>
        new($"The {name} must be at least 1 (got {count}); pass a positive number of leads.");

    /// <summary>A Beta prior parameter is not a positive finite number.</summary>
    public static MetricsException InvalidPrior(string name, double value) =>
        new($"The prior {name} is {Format(value)}; pass a positive finite number (1 and 1 give a uniform prior).");

    /// <summary>The per-lead inputs of a paired comparison have different lengths.</summary>
    public static MetricsException PairedLengthMismatch(string name, int length, int leads) =>
        new($"Got {length} values in {name} for {leads} leads; pass exactly one value per lead in every input.");

    /// <summary>A selection rule of a paired comparison selects none of the leads.</summary>
    public static MetricsException NothingSelected(string arm, int leads) =>
        new($"The {arm} selects none of the {leads} leads, so its conversion rate is undefined; pass a selection with at least one lead.");

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
