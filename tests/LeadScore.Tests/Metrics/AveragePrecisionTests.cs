using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.MetricsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: scikit-learn 1.2.1 average_precision_score (reference/make_metrics_reference.py), compared exactly.
public class AveragePrecisionTests
{
    [Fact]
    public void Average_precision_matches_scikit_learn_on_its_documentation_example() =>
        Assert.Equal(0.8333333333333333, AveragePrecision.Compute([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]));

    [Fact]
    public void Average_precision_matches_scikit_learn_with_tied_scores() =>
        Assert.Equal(0.4861111111111111, AveragePrecision.Compute(TiedScores, TiedLabels));

    [Fact]
    public void Average_precision_equals_the_base_rate_when_every_score_is_tied() =>
        Assert.Equal(0.3333333333333333, AveragePrecision.Compute([0.3, 0.3, 0.3, 0.3, 0.3, 0.3], [0, 1, 0, 0, 1, 0]));

    [Fact]
    public void Average_precision_matches_scikit_learn_on_float32_scores() =>
        Assert.Equal(0.625, AveragePrecision.Compute(Float32Scores, Float32Labels));

    [Fact]
    public void Average_precision_matches_scikit_learn_when_positives_rank_last() =>
        Assert.Equal(0.325, AveragePrecision.Compute([0.9, 0.8, 0.7, 0.2, 0.1], [0, 0, 0, 1, 1]));

    [Fact]
    public void Average_precision_is_one_when_every_label_is_positive() =>
        Assert.Equal(1.0, AveragePrecision.Compute([0.2, 0.1, 0.2], [1, 1, 1]));

    [Fact]
    public void Average_precision_matches_scikit_learn_bit_for_bit_on_20000_distinct_scores()
    {
        var (scores, labels) = GeneratedDistinct();
        Assert.Equal(0.36218743048956015, AveragePrecision.Compute(scores, labels));
    }

    [Fact]
    public void Average_precision_matches_scikit_learn_bit_for_bit_on_20000_heavily_tied_scores()
    {
        var (scores, labels) = GeneratedTied();
        Assert.Equal(0.6588586274814199, AveragePrecision.Compute(scores, labels));
    }

    [Fact]
    public void Average_precision_rejects_labels_without_a_positive()
    {
        var error = Assert.Throws<MetricsException>(() => AveragePrecision.Compute([0.1, 0.2], [0, 0]));
        Assert.Contains("average precision is undefined", error.Message);
    }
}
