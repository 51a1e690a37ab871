namespace LeadScore.Metrics;

/// <summary>A percentile bootstrap confidence interval (see <see cref="Bootstrap"/>).</summary>
/// <param name="Estimate">The statistic on the original sample (every row once, in order).</param>
/// <param name="Lower">The (1 - Level) / 2 quantile of the defined replicate values (numpy linear).</param>
/// <param name="Upper">The (1 + Level) / 2 quantile of the defined replicate values (numpy linear).</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
/// <param name="Replicates">Replicates drawn, including undefined ones.</param>
/// <param name="StandardError">Sample standard deviation (n - 1 denominator) of the defined replicate values; NaN if only one.</param>
/// <param name="Undefined">Replicates whose statistic was NaN or infinite; they are left out of every other field.</param>
public sealed record BootstrapInterval(
    double Estimate,
    double Lower,
    double Upper,
    double Level,
    int Replicates,
    double StandardError,
    int Undefined);
