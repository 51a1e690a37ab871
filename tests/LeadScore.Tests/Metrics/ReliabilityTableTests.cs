using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.StatisticsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: scikit-learn 1.2.1 calibration_curve(y, p, n_bins, strategy) (reference/make_statistics_reference.py,
// "## brier_score_loss, calibration_curve"): prob_true = ObservedRate, prob_pred = MeanPredicted. scikit-learn 1.2.1
// assigns bins with np.searchsorted(bins[1:-1], y_prob) (side='left'); that is what is matched. Tolerance 1e-15.
public class ReliabilityTableTests
{
    [Fact]
    public void Uniform_bins_match_calibration_curve()
    {
        var (p, labels) = Probabilities();
        AssertCurve(ReliabilityTable.Build(p, labels, 10, ReliabilityBinning.Uniform),
            [0.01488095238095238, 0.046242774566473986, 0.0718562874251497, 0.11078717201166181, 0.12835820895522387,
             0.16473988439306358, 0.1897590361445783, 0.22126436781609196, 0.2648809523809524, 0.3023255813953488],
            [0.04965790227826336, 0.150199152370406, 0.2503528549721019, 0.3501349529638477, 0.4500067366277938,
             0.5503997541758222, 0.6501764329131976, 0.7499567668522813, 0.8501934374552229, 0.9499136945720885]);
        AssertCurve(ReliabilityTable.Build(p, labels, 7, ReliabilityBinning.Uniform),
            [0.018442622950819672, 0.06832298136645963, 0.10677618069815195, 0.14699792960662525, 0.19467213114754098,
             0.23045267489711935, 0.29690721649484536],
            [0.0720809970896295, 0.2151485512437935, 0.3580865800687484, 0.501006123961948, 0.6440057878553693,
             0.7868729645727306, 0.9292289238850573]);
    }

    [Fact]
    public void Quantile_bins_match_calibration_curve()
    {
        var (p, labels) = Probabilities();
        AssertCurve(ReliabilityTable.Build(p, labels),
            [0.014619883040935672, 0.047058823529411764, 0.07058823529411765, 0.11176470588235295, 0.12721893491124261,
             0.1676470588235294, 0.19941348973607037, 0.21238938053097345, 0.260233918128655, 0.3076923076923077],
            [0.050555174294814265, 0.15107085963773673, 0.2512537612838515, 0.3514366629299664, 0.4513540621865597,
             0.5512714614431531, 0.6515205440368025, 0.7512537612838514, 0.8510883527776311, 0.9507783706148031]);
        AssertCurve(ReliabilityTable.Build(p, labels, 7),
            [0.018442622950819672, 0.06790123456790123, 0.10743801652892562, 0.14609053497942387, 0.1958762886597938,
             0.23045267489711935, 0.29690721649484536],
            [0.0720809970896295, 0.21558502668499327, 0.35853428052753306, 0.5014425994031477, 0.6444529464682707,
             0.7868729645727306, 0.9292289238850573]);
    }

    [Fact]
    public void Quantile_bins_with_repeated_edges_leave_empty_bins_out_like_scikit_learn()
    {
        var (p, labels) = Probabilities();
        var rounded = p.Select(v => Math.Round(v * 4) / 4).ToArray();
        var table = ReliabilityTable.Build(rounded, labels);
        Assert.Equal([0.0, 0.0, 0.25, 0.25, 0.5, 0.5, 0.5, 0.75, 0.75, 1.0, 1.0], table.Edges);
        AssertCurve(table,
            [0.018957345971563982, 0.07638072855464159, 0.14941176470588236, 0.2255017709563164, 0.29069767441860467],
            [0.0, 0.25, 0.5, 0.75, 1.0]);
        Assert.Equal(rounded.Length, table.Rows.Sum(row => row.Count));
    }

    [Fact]
    public void Rows_carry_edges_wilson_bounds_and_the_expected_calibration_error()
    {
        double[] p = [0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9];
        int[] labels = [0, 0, 1, 0, 1, 1, 0, 1];
        var table = ReliabilityTable.Build(p, labels, 2, ReliabilityBinning.Uniform);
        // Bin 0 (edges 0, 0.5): 4 rows, mean 0.25, observed 1/4. Bin 1 (0.5, 1): mean 0.75, observed 3/4.
        Assert.Equal(2, table.Rows.Count);
        var low = table.Rows[0];
        Assert.Equal((0, 0.0, 0.5, 4), (low.Bin, low.Lower, low.Upper, low.Count));
        Assert.Equal(0.25, low.MeanPredicted, 1e-15);
        Assert.Equal(0.25, low.ObservedRate);
        var wilson = Wilson.Interval(1, 4);
        Assert.Equal((wilson.Lower, wilson.Upper), (low.ObservedLower, low.ObservedUpper));
        Assert.Equal(0.0, table.ExpectedCalibrationError, 1e-15);

        // Shift every prediction up by 0.05: each bin is off by 0.05, so the ECE is 0.05.
        var shifted = ReliabilityTable.Build(p.Select(v => v + 0.05).ToArray(), labels, 2, ReliabilityBinning.Uniform);
        Assert.Equal(0.05, shifted.ExpectedCalibrationError, 1e-15);
    }

    [Fact]
    public void Build_rejects_probabilities_outside_the_unit_interval() =>
        Assert.Throws<MetricsException>(() => ReliabilityTable.Build([0.2, -0.1], [0, 1]));

    private static void AssertCurve(ReliabilityTable table, double[] observed, double[] predicted)
    {
        Assert.Equal(observed.Length, table.Rows.Count);
        for (var i = 0; i < observed.Length; i++)
        {
            Assert.Equal(observed[i], table.Rows[i].ObservedRate, 1e-15);
            Assert.Equal(predicted[i], table.Rows[i].MeanPredicted, 1e-15);
            Assert.InRange(table.Rows[i].ObservedRate, table.Rows[i].ObservedLower, table.Rows[i].ObservedUpper);
        }
    }
}
