using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// Platt scaling: <c>p = 1 / (1 + exp(-(A * margin + B)))</c>, a one-feature logistic regression of the
/// labels on the model's margins (raw log-odds or any monotone score), fitted by maximum likelihood with
/// Newton's method and no regularisation (the same estimates as statsmodels <c>Logit(y, add_constant(m)).fit()</c>).
/// </summary>
public sealed class PlattCalibrator
{
    private const int MaxIterations = 100;

    private PlattCalibrator(double a, double b)
    {
        A = a;
        B = b;
    }

    /// <summary>Slope on the margin (positive when higher margins convert more).</summary>
    public double A { get; }

    /// <summary>Intercept.</summary>
    public double B { get; }

    /// <summary>
    /// Fits A and B. With <paramref name="smoothTargets"/>, Platt's (1999) targets replace the labels:
    /// <c>(N+ + 1) / (N+ + 2)</c> for positives and <c>1 / (N- + 2)</c> for negatives, which keeps the fit finite
    /// even when the classes are perfectly separated. Newton steps are halved while they fail to lower the
    /// log-loss; iteration stops when the largest parameter change is below 1e-12 (relative to the parameter size).
    /// </summary>
    /// <exception cref="MetricsException">
    /// Invalid input, only one class, all margins equal, or no convergence in 100 steps (perfect separation without smoothing).
    /// </exception>
    public static PlattCalibrator Fit(ReadOnlySpan<double> margins, ReadOnlySpan<int> labels, bool smoothTargets = false)
    {
        const string metric = "Platt scaling";
        var positives = ScoreValidation.ScoresAndLabelsWithPositives(margins, labels, metric);
        var negatives = labels.Length - positives;
        if (negatives == 0)
        {
            throw MetricsException.NoNegatives(metric, labels.Length);
        }

        var x = margins.ToArray();
        if (Array.TrueForAll(x, v => v == x[0]))
        {
            throw MetricsException.ConstantMargins(x.Length);
        }

        double high = smoothTargets ? (positives + 1.0) / (positives + 2.0) : 1.0;
        double low = smoothTargets ? 1.0 / (negatives + 2.0) : 0.0;
        var t = new double[x.Length];
        for (var i = 0; i < t.Length; i++)
        {
            t[i] = labels[i] == 1 ? high : low;
        }

        var (a, b) = LogisticNewton.Fit(x, t, MaxIterations)
            ?? throw MetricsException.PlattDidNotConverge(MaxIterations);
        return new PlattCalibrator(a, b);
    }

    /// <summary>A calibrator from saved parameters.</summary>
    /// <exception cref="MetricsException">A parameter is NaN or infinite.</exception>
    public static PlattCalibrator FromParameters(double a, double b)
    {
        ScoreValidation.Finite(a, "Platt slope A");
        ScoreValidation.Finite(b, "Platt intercept B");
        return new PlattCalibrator(a, b);
    }

    /// <summary>The calibrated probability of one margin (computed without overflow for large |A·m + B|).</summary>
    /// <exception cref="MetricsException">The margin is NaN or infinite.</exception>
    public double Transform(double margin)
    {
        ScoreValidation.Finite(margin, "margin to calibrate");
        return LogisticNewton.Sigmoid(A * margin + B);
    }

    /// <summary><see cref="Transform(double)"/> of each margin, in input order.</summary>
    /// <exception cref="MetricsException">A margin is NaN or infinite.</exception>
    public double[] Transform(ReadOnlySpan<double> margins)
    {
        var result = new double[margins.Length];
        for (var i = 0; i < margins.Length; i++)
        {
            result[i] = Transform(margins[i]);
        }

        return result;
    }
}
