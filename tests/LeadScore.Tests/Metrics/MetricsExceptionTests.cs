using LeadScore.Metrics;

namespace LeadScore.Tests.Metrics;

public class MetricsExceptionTests
{
    [Fact]
    public void Empty_scores_are_rejected_with_one_clear_line()
    {
        var error = Assert.Throws<MetricsException>(() => RocAuc.Compute([], []));
        Assert.Equal("No scores were given; pass at least one score.", error.Message);
        Assert.Throws<MetricsException>(() => Percentile.Of([]));
        Assert.Throws<MetricsException>(() => Quantile.Linear([], 0.5));
    }

    [Fact]
    public void Scores_and_labels_of_different_lengths_are_rejected()
    {
        var error = Assert.Throws<MetricsException>(() => AveragePrecision.Compute([0.1, 0.2, 0.3], [0, 1]));
        Assert.Equal("Got 3 scores but 2 labels; pass exactly one 0/1 label per score.", error.Message);
    }

    [Fact]
    public void The_first_NaN_score_is_reported_by_index()
    {
        var error = Assert.Throws<MetricsException>(
            () => DecileTable.Qcut([0.1, 0.2, double.NaN, double.NaN], [0, 1, 0, 1]));
        Assert.Equal("Score at index 2 is NaN; remove or impute missing scores before computing metrics.", error.Message);
        Assert.Throws<MetricsException>(() => Percentile.Of([double.NaN]));
        Assert.Throws<MetricsException>(() => QuantileBins.Assign([1.0, double.NaN]));
    }

    [Fact]
    public void Infinite_scores_are_rejected()
    {
        var error = Assert.Throws<MetricsException>(() => RocAuc.Compute([0.1, double.PositiveInfinity], [0, 1]));
        Assert.Equal("Score at index 1 is Infinity; scores must be finite numbers.", error.Message);
    }

    [Fact]
    public void Labels_other_than_zero_and_one_are_rejected()
    {
        var error = Assert.Throws<MetricsException>(() => Lift.TopPercent([0.1, 0.2, 0.3], [0, 1, 2], 10));
        Assert.Equal("Label at index 2 is 2; labels must be 0 (no conversion) or 1 (conversion).", error.Message);
    }
}
