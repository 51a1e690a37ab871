using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.StatisticsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: scikit-learn 1.2.1 brier_score_loss (reference/make_statistics_reference.py), compared exactly.
public class BrierTests
{
    [Fact]
    public void Score_matches_scikit_learn_bit_for_bit()
    {
        var (p, labels) = Probabilities();
        Assert.Equal(0.28215095075775437, Brier.Score(p, labels));
    }

    [Fact]
    public void Score_of_a_hand_computed_case()
    {
        // ((0 - 0.1)² + (1 - 0.9)² + (1 - 0.4)² + (0 - 0.5)²) / 4 = (0.01 + 0.01 + 0.36 + 0.25) / 4 = 0.1575
        Assert.Equal(0.1575, Brier.Score([0.1, 0.9, 0.4, 0.5], [0, 1, 1, 0]), 1e-15);
        Assert.Equal(0.0, Brier.Score([0.0, 1.0], [0, 1]));
    }

    [Fact]
    public void Score_rejects_values_that_are_not_probabilities()
    {
        var error = Assert.Throws<MetricsException>(() => Brier.Score([0.2, 1.5], [0, 1]));
        Assert.Equal("Probability at index 1 is 1.5; probabilities must lie in [0, 1] (calibrate raw scores first).", error.Message);
    }
}
