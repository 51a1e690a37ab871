namespace LeadScore.Metrics;

/// <summary>
/// The knots of an <see cref="IsotonicCalibrator"/>: positions <paramref name="X"/> (raw scores, strictly
/// increasing) and calibrated values <paramref name="Y"/> (probabilities in [0, 1], non-decreasing). The arrays
/// are the caller's own copies; write them to JSON and pass them back to <see cref="IsotonicCalibrator.FromKnots(double[], double[])"/>.
/// </summary>
public sealed record IsotonicKnots(double[] X, double[] Y);
