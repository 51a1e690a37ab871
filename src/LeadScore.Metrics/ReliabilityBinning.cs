namespace LeadScore.Metrics;

/// <summary>How <see cref="ReliabilityTable"/> places its bin edges.</summary>
public enum ReliabilityBinning
{
    /// <summary>Edges at the quantiles of the probabilities (<c>calibration_curve(strategy='quantile')</c>).</summary>
    Quantile,

    /// <summary>Equal-width edges 0, 1/bins, ..., 1 (<c>calibration_curve(strategy='uniform')</c>).</summary>
    Uniform,
}
