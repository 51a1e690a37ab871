using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.MetricsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: scikit-learn 1.2.1 roc_auc_score (reference/make_metrics_reference.py), compared exactly.
public class RocAucTests
{
    [Fact]
    public void Auc_matches_scikit_learn_on_its_documentation_example() =>
        Assert.Equal(0.75, RocAuc.Compute([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]));

    [Fact]
    public void Auc_matches_scikit_learn_with_tied_scores() =>
        Assert.Equal(0.6458333333333334, RocAuc.Compute(TiedScores, TiedLabels));

    [Fact]
    public void Auc_is_one_half_when_every_score_is_tied() =>
        Assert.Equal(0.5, RocAuc.Compute([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], [0, 1, 0, 0, 1, 0]));

    [Fact]
    public void Auc_matches_scikit_learn_on_float32_scores() =>
        Assert.Equal(0.7142857142857143, RocAuc.Compute(Float32Scores, Float32Labels));

    [Fact]
    public void Auc_is_zero_when_every_negative_outscores_every_positive() =>
        Assert.Equal(0.0, RocAuc.Compute([0.9, 0.8, 0.7, 0.2, 0.1], [0, 0, 0, 1, 1]));

    [Fact]
    public void Auc_matches_scikit_learn_bit_for_bit_on_20000_distinct_scores()
    {
        var (scores, labels) = GeneratedDistinct();
        Assert.Equal(0.49847434761151593, RocAuc.Compute(scores, labels));
    }

    [Fact]
    public void Auc_matches_scikit_learn_bit_for_bit_on_20000_heavily_tied_scores()
    {
        var (scores, labels) = GeneratedTied();
        Assert.Equal(0.7285404519540695, RocAuc.Compute(scores, labels));
    }

    [Fact]
    public void Auc_does_not_depend_on_row_order()
    {
        int[] order = [9, 3, 7, 0, 5, 1, 8, 2, 6, 4];
        var scores = order.Select(i => TiedScores[i]).ToArray();
        var labels = order.Select(i => TiedLabels[i]).ToArray();
        Assert.Equal(RocAuc.Compute(TiedScores, TiedLabels), RocAuc.Compute(scores, labels));
    }

    [Fact]
    public void Auc_rejects_labels_without_a_positive()
    {
        var error = Assert.Throws<MetricsException>(() => RocAuc.Compute([0.1, 0.2], [0, 0]));
        Assert.Equal("All 2 labels are 0, so ROC AUC is undefined; evaluate on a set with at least one conversion.", error.Message);
    }

    [Fact]
    public void Auc_rejects_labels_without_a_negative()
    {
        var error = Assert.Throws<MetricsException>(() => RocAuc.Compute([0.1, 0.2, 0.3], [1, 1, 1]));
        Assert.Contains("All 3 labels are 1", error.Message);
    }
}
