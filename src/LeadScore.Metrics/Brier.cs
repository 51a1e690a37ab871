using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>The Brier score of predicted probabilities, as scikit-learn's <c>brier_score_loss</c>.</summary>
public static class Brier
{
    /// <summary>
    /// Mean squared difference between each probability and its 0/1 label (0 is perfect, lower is better);
    /// summed in numpy's order, so it matches scikit-learn to the last bit.
    /// </summary>
    /// <exception cref="MetricsException">Invalid input or a probability outside [0, 1].</exception>
    public static double Score(ReadOnlySpan<double> probabilities, ReadOnlySpan<int> labels)
    {
        ScoreValidation.ProbabilitiesAndLabels(probabilities, labels);
        var squares = new double[probabilities.Length];
        for (var i = 0; i < squares.Length; i++)
        {
            var difference = labels[i] - probabilities[i];
            squares[i] = difference * difference;
        }

        return NumpySum.Sum(squares) / squares.Length;
    }
}
