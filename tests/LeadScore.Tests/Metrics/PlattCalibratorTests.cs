using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.StatisticsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: statsmodels 0.13.5 sm.Logit(y, sm.add_constant(m)).fit() on Margins()
// (reference/make_statistics_reference.py, "## statsmodels Logit"); tolerance 1e-9 (the brief asks 1e-6; observed 3e-17). Two-group cases by hand:
// with only two distinct margins, the MLE reproduces each group's (target) rate exactly.
public class PlattCalibratorTests
{
    [Fact]
    public void Fit_matches_statsmodels_logit()
    {
        var (m, labels) = Margins();
        Assert.Equal(283, labels.Sum());
        var platt = PlattCalibrator.Fit(m, labels);
        Assert.Equal(0.17799152189480744, platt.A, 1e-9);
        Assert.Equal(-2.5099509477223254, platt.B, 1e-9);
    }

    [Fact]
    public void Two_groups_are_fitted_to_their_rates()
    {
        // Margin -1: 1 of 4 converts (p = 1/4); margin +1: 3 of 4 (p = 3/4). So -A + B = ln(1/3), A + B = ln 3.
        double[] m = [-1, -1, -1, -1, 1, 1, 1, 1];
        int[] labels = [1, 0, 0, 0, 1, 1, 1, 0];
        var platt = PlattCalibrator.Fit(m, labels);
        Assert.Equal(Math.Log(3), platt.A, 1e-12);
        Assert.Equal(0.0, platt.B, 1e-12);
        Assert.Equal(0.75, platt.Transform(1.0), 1e-12);

        // Platt's targets: positives 5/6, negatives 1/6 (4 of each), so the group target means are 1/3 and 2/3.
        var smoothed = PlattCalibrator.Fit(m, labels, smoothTargets: true);
        Assert.Equal(Math.Log(2), smoothed.A, 1e-12);
        Assert.Equal(0.0, smoothed.B, 1e-12);
    }

    [Fact]
    public void Separated_classes_need_smoothed_targets()
    {
        double[] m = [-2, -1, 1, 2];
        int[] labels = [0, 0, 1, 1];
        var error = Assert.Throws<MetricsException>(() => PlattCalibrator.Fit(m, labels));
        Assert.Equal("Platt scaling did not converge in 100 Newton steps (the classes are probably perfectly separated); pass smoothTargets: true.", error.Message);
        var smoothed = PlattCalibrator.Fit(m, labels, smoothTargets: true);
        Assert.True(smoothed.A > 0);
        Assert.Equal(0.0, smoothed.B, 1e-12); // symmetric data
    }

    [Fact]
    public void From_parameters_transforms_without_overflow()
    {
        var platt = PlattCalibrator.FromParameters(2.0, -1.0);
        Assert.Equal(1.0 / (1.0 + Math.Exp(-(2.0 * 0.3 - 1.0))), platt.Transform(0.3), 1e-15);
        Assert.Equal(1.0, platt.Transform(1e6));
        Assert.Equal(0.0, platt.Transform(-1e6));
        Assert.Equal([platt.Transform(0.1), platt.Transform(0.2)], platt.Transform([0.1, 0.2]));
        Assert.Throws<MetricsException>(() => PlattCalibrator.FromParameters(double.NaN, 0.0));
    }

    [Fact]
    public void Fit_rejects_constant_margins_and_one_class()
    {
        var error = Assert.Throws<MetricsException>(() => PlattCalibrator.Fit([0.5, 0.5, 0.5], [0, 1, 0]));
        Assert.Equal("All 3 margins are equal, so the Platt slope is undefined; fit on scores that vary.", error.Message);
        Assert.Throws<MetricsException>(() => PlattCalibrator.Fit([0.1, 0.2], [1, 1]));
        Assert.Throws<MetricsException>(() => PlattCalibrator.Fit([0.1, 0.2], [0, 0]));
    }
}
