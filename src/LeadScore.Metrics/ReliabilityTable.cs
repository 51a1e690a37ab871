using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// Reliability (calibration) table: predicted against observed conversion rate by probability bin, built
/// exactly like scikit-learn 1.2's <c>calibration_curve</c>, with Wilson intervals on the observed rates and
/// the expected calibration error.
/// </summary>
public sealed class ReliabilityTable
{
    private ReliabilityTable(IReadOnlyList<ReliabilityRow> rows, double[] edges, int count, double ece)
    {
        Rows = rows;
        Edges = Array.AsReadOnly(edges);
        Count = count;
        ExpectedCalibrationError = ece;
    }

    /// <summary>The non-empty bins, lowest first.</summary>
    public IReadOnlyList<ReliabilityRow> Rows { get; }

    /// <summary>All bins + 1 edges, ascending; quantile edges may repeat (their bins are then empty).</summary>
    public IReadOnlyList<double> Edges { get; }

    /// <summary>Rows evaluated.</summary>
    public int Count { get; }

    /// <summary>Count-weighted mean of |ObservedRate - MeanPredicted| over the bins.</summary>
    public double ExpectedCalibrationError { get; }

    /// <summary>
    /// Edges: uniform <c>linspace(0, 1, bins + 1)</c>, or quantile <c>np.percentile(p, linspace(0, 1, bins + 1) * 100)</c>.
    /// Each row goes to bin <c>searchsorted(edges[1:-1], p)</c> (side left: a probability equal to an inner edge
    /// falls in the lower bin, and values outside the outer edges fall in the end bins). Means are sums in input
    /// order divided by counts, as <c>np.bincount</c>. Observed-rate intervals are Wilson at <paramref name="level"/>.
    /// </summary>
    /// <exception cref="MetricsException">Invalid input, a probability outside [0, 1], bins below 1, or a level outside (0, 1).</exception>
    public static ReliabilityTable Build(
        ReadOnlySpan<double> probabilities,
        ReadOnlySpan<int> labels,
        int bins = 10,
        ReliabilityBinning binning = ReliabilityBinning.Quantile,
        double level = 0.95)
    {
        ScoreValidation.ProbabilitiesAndLabels(probabilities, labels);
        ScoreValidation.Bins(bins);
        ScoreValidation.Level(level);
        var edges = binning == ReliabilityBinning.Uniform ? NumpyQuantile.EvenlySpacedLevels(bins) : QuantileEdges(probabilities, bins);

        var counts = new int[bins];
        var positives = new int[bins];
        var sums = new double[bins];
        for (var i = 0; i < probabilities.Length; i++)
        {
            var bin = SortedSearch.LowerBound(edges, probabilities[i], 1, edges.Length - 1) - 1;
            counts[bin]++;
            positives[bin] += labels[i];
            sums[bin] += probabilities[i];
        }

        var z = Normal.TwoSidedCritical(level);
        var rows = new List<ReliabilityRow>(bins);
        var weightedGap = 0.0;
        for (var bin = 0; bin < bins; bin++)
        {
            if (counts[bin] == 0)
            {
                continue;
            }

            var observed = (double)positives[bin] / counts[bin];
            var predicted = sums[bin] / counts[bin];
            var (lower, upper) = Wilson.Bounds(positives[bin], counts[bin], z);
            rows.Add(new ReliabilityRow(bin, edges[bin], edges[bin + 1], counts[bin], predicted, observed, lower, upper));
            weightedGap += counts[bin] * Math.Abs(observed - predicted);
        }

        return new ReliabilityTable(rows, edges, probabilities.Length, weightedGap / probabilities.Length);
    }

    /// <summary>np.percentile(p, q * 100) at q = linspace(0, 1, bins + 1); numpy divides the percentages by 100 again.</summary>
    private static double[] QuantileEdges(ReadOnlySpan<double> probabilities, int bins)
    {
        var sorted = probabilities.ToArray();
        Array.Sort(sorted);
        var levels = NumpyQuantile.EvenlySpacedLevels(bins);
        var edges = new double[levels.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            edges[i] = NumpyQuantile.LinearSorted(sorted, levels[i] * 100.0 / 100.0, ScorePrecision.Double);
        }

        return edges;
    }
}
