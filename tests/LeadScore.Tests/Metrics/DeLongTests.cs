using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.NormalTests;
using static LeadScore.Tests.Metrics.StatisticsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: reference/make_statistics_reference.py, "## DeLong". AUCs are sklearn roc_auc_score (exact);
// variances come from this independent numpy/scipy fast DeLong (Sun & Xu 2014), tolerance 1e-12 relative:
//   def fast_delong(preds, labels):                    # preds: k x n
//       order = np.argsort(-labels, kind="stable"); preds = preds[:, order]
//       m = labels.sum(); n = preds.shape[1] - m
//       tx = [rankdata(p[:m]) for p in preds]; ty = [rankdata(p[m:]) for p in preds]; tz = [rankdata(p) for p in preds]
//       v01 = (tz[:, :m] - tx) / n; v10 = 1 - (tz[:, m:] - ty) / m
//       return aucs, np.cov(v01) / m + np.cov(v10) / n
//   se_diff = sqrt(S[0,0] + S[1,1] - 2 S[0,1]); z = diff / se_diff; p = 2 * norm.sf(|z|)
public class DeLongTests
{
    [Fact]
    public void Interval_matches_sklearn_auc_exactly_and_python_delong_variance()
    {
        var (a, _, labels) = Leads();
        Assert.Equal(133, labels.Sum());
        var result = DeLong.Interval(a, labels);
        Assert.Equal(0.6604079068193901, result.Auc);
        AssertRelative(0.025168726519180326, result.StandardError, 1e-12, "SE");
        AssertRelative(0.6110781093050585, result.Lower, 1e-12, "lower");
        AssertRelative(0.7097377043337217, result.Upper, 1e-12, "upper");
        Assert.Equal(0.95, result.Level);
    }

    [Fact]
    public void Interval_uses_the_requested_level()
    {
        var (a, _, labels) = Leads();
        var result = DeLong.Interval(a, labels, 0.90);
        AssertRelative(0.6190090357185667, result.Lower, 1e-12, "lower");
        AssertRelative(0.7018067779202135, result.Upper, 1e-12, "upper");
    }

    [Fact]
    public void Interval_on_a_small_tied_case_matches_and_is_clipped_to_one()
    {
        double[] scores = [0.1, 0.4, 0.35, 0.8, 0.5, 0.5, 0.2, 0.9];
        int[] labels = [0, 0, 1, 1, 0, 1, 0, 1];
        var result = DeLong.Interval(scores, labels);
        Assert.Equal(0.84375, result.Auc);
        AssertRelative(0.15095184110614, result.StandardError, 1e-12, "SE");
        Assert.Equal(1.0, result.Upper);
        AssertRelative(0.84375 - 1.959963984540054 * 0.15095184110614, result.Lower, 1e-12, "lower");
    }

    [Fact]
    public void Compare_matches_the_paired_python_delong_test()
    {
        var (a, b, labels) = Leads();
        var result = DeLong.Compare(a, b, labels);
        Assert.Equal(0.6604079068193901, result.AucA);
        Assert.Equal(0.6293212369767394, result.AucB);
        Assert.Equal(0.031086669842650738, result.Difference, 15);
        AssertRelative(0.03463072891041715, result.StandardError, 1e-12, "SE");
        AssertRelative(0.8976614359768692, result.Z, 1e-11, "z");
        AssertRelative(0.36936607493155893, result.PValue, 1e-11, "p");
        AssertRelative(-0.0367883115801369, result.Lower, 1e-11, "lower");
        AssertRelative(0.09896165126543838, result.Upper, 1e-11, "upper");
    }

    [Fact]
    public void Compare_of_a_model_with_itself_has_zero_difference_and_p_value_one()
    {
        var (a, _, labels) = Leads();
        var result = DeLong.Compare(a, a, labels);
        Assert.Equal(0.0, result.Difference);
        Assert.Equal(0.0, result.StandardError);
        Assert.Equal(0.0, result.Z);
        Assert.Equal(1.0, result.PValue);
    }

    [Fact]
    public void Compare_is_antisymmetric()
    {
        var (a, b, labels) = Leads();
        var ab = DeLong.Compare(a, b, labels);
        var ba = DeLong.Compare(b, a, labels);
        Assert.Equal(-ab.Difference, ba.Difference);
        Assert.Equal(ab.StandardError, ba.StandardError, 15);
        Assert.Equal(ab.PValue, ba.PValue, 14);
    }

    [Fact]
    public void DeLong_rejects_a_single_positive_and_a_bad_level()
    {
        var error = Assert.Throws<MetricsException>(() => DeLong.Interval([0.1, 0.2, 0.3], [0, 0, 1]));
        Assert.Equal("DeLong's variance needs at least 2 positives and 2 negatives (got 1 and 2); evaluate on a larger set.", error.Message);
        var level = Assert.Throws<MetricsException>(() => DeLong.Interval([0.1, 0.2, 0.3, 0.4], [0, 1, 0, 1], 95));
        Assert.Equal("Confidence level 95 is outside (0, 1); pass e.g. 0.95 for a 95% interval.", level.Message);
        Assert.Throws<MetricsException>(() => DeLong.Compare([0.1, 0.2, 0.3, 0.4], [0.1, 0.2], [0, 1, 0, 1]));
    }
}
