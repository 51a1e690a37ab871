namespace LeadScore.Metrics;

/// <summary>A conversion rate with a confidence interval (see <see cref="Wilson"/>).</summary>
/// <param name="Successes">Conversions.</param>
/// <param name="Trials">Rows.</param>
/// <param name="Rate">Successes / Trials.</param>
/// <param name="Lower">Lower confidence bound, in [0, Rate].</param>
/// <param name="Upper">Upper confidence bound, in [Rate, 1].</param>
/// <param name="Level">Confidence level, e.g. 0.95.</param>
public sealed record ProportionInterval(int Successes, int Trials, double Rate, double Lower, double Upper, double Level);
