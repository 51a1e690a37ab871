namespace LeadScore.Metrics;

/// <summary>The two-sample Kolmogorov-Smirnov test (see <see cref="Drift.KolmogorovSmirnov"/>).</summary>
/// <param name="Statistic">D: the largest absolute gap between the two empirical CDFs.</param>
/// <param name="PValue">Two-sided asymptotic p-value, as scipy's <c>ks_2samp(a, b, method='asymp')</c>.</param>
public sealed record KolmogorovSmirnovResult(double Statistic, double PValue);
