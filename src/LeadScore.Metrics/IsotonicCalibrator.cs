using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// Isotonic calibration of raw scores to probabilities. <see cref="Fit"/> runs pool-adjacent-violators
/// (increasing, equal row weights, equal scores first merged as scikit-learn does) and keeps two knot sets:
/// <see cref="StepKnots"/>, scikit-learn's (each PAV block's first and last distinct score at the block mean),
/// used by <see cref="TransformStepwise(double)"/>; and <see cref="Knots"/>, the centred isotonic regression
/// knots of Oron &amp; Flournoy (2017) (one per block, at the block's row-weighted mean score, with the block
/// mean), used by <see cref="Transform(double)"/>.
/// </summary>
public sealed class IsotonicCalibrator
{
    /// <summary>Weight of the order-preserving tie-breaker in <see cref="Transform(double)"/>.</summary>
    public const double TieBreakWeight = 5e-7;

    private readonly double[] _x, _y, _stepX, _stepY;
    private readonly double _center, _scale;

    private IsotonicCalibrator(double[] x, double[] y, double[] stepX, double[] stepY)
    {
        (_x, _y, _stepX, _stepY) = (x, y, stepX, stepY);
        _center = 0.5 * (x[0] + x[^1]);
        _scale = x.Length > 1 ? 0.5 * (x[^1] - x[0]) : 1.0;
    }

    /// <summary>The knots <see cref="Transform(double)"/> interpolates (after <see cref="Fit"/>: one per PAV block, centred). A copy.</summary>
    public IsotonicKnots Knots => new((double[])_x.Clone(), (double[])_y.Clone());

    /// <summary>
    /// The knots <see cref="TransformStepwise(double)"/> interpolates (after <see cref="Fit"/>: scikit-learn's
    /// <c>X_thresholds_</c> / <c>y_thresholds_</c>, i.e. PAV block boundaries with the block means). A copy.
    /// </summary>
    public IsotonicKnots StepKnots => new((double[])_stepX.Clone(), (double[])_stepY.Clone());

    /// <summary>Fits increasing isotonic regression of the 0/1 labels on the scores.</summary>
    /// <exception cref="MetricsException">Invalid input.</exception>
    public static IsotonicCalibrator Fit(ReadOnlySpan<double> scores, ReadOnlySpan<int> labels)
    {
        ScoreValidation.ScoresAndLabels(scores, labels);
        var blocks = PoolAdjacentViolators.Fit(scores, labels);
        var x = new double[blocks.Count];
        var y = new double[blocks.Count];
        var stepX = new List<double>(2 * blocks.Count);
        var stepY = new List<double>(2 * blocks.Count);
        for (var b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            x[b] = block.CenterX;
            y[b] = block.Mean;
            stepX.Add(block.First);
            stepY.Add(block.Mean);
            if (block.Last != block.First)
            {
                stepX.Add(block.Last);
                stepY.Add(block.Mean);
            }
        }

        return new IsotonicCalibrator(x, y, stepX.ToArray(), stepY.ToArray());
    }

    /// <summary>
    /// A calibrator from saved knots, used by both transforms: positions strictly increasing and finite, values
    /// in [0, 1] and non-decreasing (repeated values, as in stepwise knots, are allowed). The arrays are copied.
    /// </summary>
    /// <exception cref="MetricsException">No knots, unequal lengths, or positions/values breaking the rules above.</exception>
    public static IsotonicCalibrator FromKnots(double[] x, double[] y)
    {
        var (cx, cy) = CheckedCopy(x, y);
        return new IsotonicCalibrator(cx, cy, cx, cy);
    }

    /// <summary>Restores a fitted calibrator exactly, from its <see cref="Knots"/> and <see cref="StepKnots"/>.</summary>
    /// <exception cref="MetricsException">Either knot set breaks the rules of <see cref="FromKnots(double[], double[])"/>.</exception>
    public static IsotonicCalibrator FromKnots(IsotonicKnots knots, IsotonicKnots stepKnots)
    {
        ArgumentNullException.ThrowIfNull(knots);
        ArgumentNullException.ThrowIfNull(stepKnots);
        var (x, y) = CheckedCopy(knots.X, knots.Y);
        var (stepX, stepY) = CheckedCopy(stepKnots.X, stepKnots.Y);
        return new IsotonicCalibrator(x, y, stepX, stepY);
    }

    /// <summary>
    /// The calibrated probability, never collapsing distinct scores to ties. First the centred isotonic curve
    /// <c>p(s)</c>: linear interpolation between consecutive <see cref="Knots"/> (strictly increasing where the knot
    /// values increase); beyond the first or last knot, the first or last segment's line extended and clamped to
    /// [0, 1] (a single knot gives its value everywhere). Then the tie-breaker: the result is
    /// <c>(1 - w) * p(s) + w * F(s)</c> with <c>w = </c><see cref="TieBreakWeight"/> (5e-7) and
    /// <c>F(s) = 1 / (1 + exp(-(s - c) / h))</c>, c the midpoint and h the half-width of the knot positions (1 for a
    /// single knot). F is strictly increasing in s, so the result is strictly increasing everywhere, including the
    /// flat clamped ends and flat runs of repeated knot values; it stays in (0, 1) and differs from p(s) by less
    /// than 5e-7. In double arithmetic the order of two scores is kept when they differ by more than about 1e-8 × h
    /// and lie within a few half-widths of the knots (float32 model scores always do).
    /// </summary>
    /// <exception cref="MetricsException">The score is NaN or infinite.</exception>
    public double Transform(double score)
    {
        ScoreValidation.Finite(score, "score to calibrate");
        var p = Centred(score);
        var tieBreak = 1.0 / (1.0 + Math.Exp(-(score - _center) / _scale));
        return (1.0 - TieBreakWeight) * p + TieBreakWeight * tieBreak;
    }

    /// <summary><see cref="Transform(double)"/> of each score, in input order.</summary>
    /// <exception cref="MetricsException">A score is NaN or infinite.</exception>
    public double[] Transform(ReadOnlySpan<double> scores)
    {
        var result = new double[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            result[i] = Transform(scores[i]);
        }

        return result;
    }

    /// <summary>
    /// scikit-learn's <c>IsotonicRegression(out_of_bounds='clip').predict</c>: the score clipped to the first and
    /// last <see cref="StepKnots"/> position, then linearly interpolated (numpy <c>interp</c>). Flat inside PAV blocks,
    /// so distinct scores can tie.
    /// </summary>
    /// <exception cref="MetricsException">The score is NaN or infinite.</exception>
    public double TransformStepwise(double score)
    {
        ScoreValidation.Finite(score, "score to calibrate");
        var x = Math.Clamp(score, _stepX[0], _stepX[^1]);
        return Interpolate(_stepX, _stepY, x);
    }

    /// <summary><see cref="TransformStepwise(double)"/> of each score, in input order.</summary>
    /// <exception cref="MetricsException">A score is NaN or infinite.</exception>
    public double[] TransformStepwise(ReadOnlySpan<double> scores)
    {
        var result = new double[scores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            result[i] = TransformStepwise(scores[i]);
        }

        return result;
    }

    private double Centred(double score)
    {
        if (_x.Length == 1)
        {
            return _y[0];
        }

        if (score >= _x[0] && score <= _x[^1])
        {
            return Interpolate(_x, _y, score);
        }

        // Extend the end segment's line, clamped to [0, 1].
        var (j, k) = score < _x[0] ? (0, 1) : (_x.Length - 2, _x.Length - 1);
        var anchor = score < _x[0] ? j : k;
        var slope = (_y[k] - _y[j]) / (_x[k] - _x[j]);
        return Math.Clamp(_y[anchor] + slope * (score - _x[anchor]), 0.0, 1.0);
    }

    /// <summary>numpy <c>interp</c> for x within [xs[0], xs[^1]]: exact at knots, else slope * (x - x_j) + y_j.</summary>
    private static double Interpolate(double[] xs, double[] ys, double x)
    {
        var j = Array.BinarySearch(xs, x);
        if (j >= 0)
        {
            return ys[j];
        }

        j = ~j - 1;
        var slope = (ys[j + 1] - ys[j]) / (xs[j + 1] - xs[j]);
        return slope * (x - xs[j]) + ys[j];
    }

    private static (double[] X, double[] Y) CheckedCopy(double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0 || x.Length != y.Length)
        {
            throw MetricsException.KnotCountMismatch(x.Length, y.Length);
        }

        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]) || (i > 0 && !(x[i] > x[i - 1])))
            {
                throw MetricsException.KnotsNotIncreasing(i);
            }

            if (!(y[i] >= 0.0 && y[i] <= 1.0) || (i > 0 && y[i] < y[i - 1]))
            {
                throw MetricsException.KnotValueInvalid(i, y[i]);
            }
        }

        return ((double[])x.Clone(), (double[])y.Clone());
    }
}
