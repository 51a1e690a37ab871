using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.MetricsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: pandas 1.5.3 qcut(labels=False, duplicates='drop') on numpy 1.24.2
// (reference/make_metrics_reference.py), compared exactly.
public class QuantileBinsTests
{
    [Fact]
    public void Bins_match_pandas_qcut_with_tied_scores()
    {
        Assert.Equal([3, 3, 3, 1, 1, 5, 5, 0, 3, 1], QuantileBins.Assign(TiedScores));
        Assert.Equal([0.1, 0.19, 0.2, 0.38, 0.5, 0.5800000000000001, 0.9], QuantileBins.Edges(TiedScores));
    }

    [Fact]
    public void Bins_drop_duplicate_edges_like_pandas_qcut()
    {
        double[] scores = [0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 4, 5];
        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 1, 3, 4, 5, 5], QuantileBins.Assign(scores));
        Assert.Equal([0.0, 0.5, 1.0, 1.700000000000001, 2.8000000000000007, 3.9000000000000004, 5.0], QuantileBins.Edges(scores));
    }

    [Fact]
    public void Two_scores_fall_in_the_lowest_and_highest_of_ten_bins()
    {
        Assert.Equal([0, 9], QuantileBins.Assign([0.0, 10.0]));
        Assert.Equal(11, QuantileBins.Edges([0.0, 10.0]).Length);
    }

    [Fact]
    public void Three_scores_match_pandas_qcut() =>
        Assert.Equal([9, 0, 4], QuantileBins.Assign([0.3, 0.1, 0.2]));

    [Fact]
    public void A_single_bin_keeps_its_two_equal_edges_like_pandas()
    {
        Assert.Equal([0, 0, 0], QuantileBins.Assign([3.0, 3.0, 3.0], bins: 1));
        Assert.Equal([3.0, 3.0], QuantileBins.Edges([3.0, 3.0, 3.0], bins: 1));
    }

    [Fact]
    public void Identical_scores_cannot_be_cut_into_ten_bins()
    {
        // pandas returns NaN for every row here; the library says so instead.
        var error = Assert.Throws<MetricsException>(() => QuantileBins.Assign([0.3, 0.3, 0.3]));
        Assert.Equal("All 3 scores equal 0.3, so 10 quantile bins collapse to none; " +
                     "pass at least two distinct scores (pandas would label every row NaN).", error.Message);
    }

    [Fact]
    public void Quartiles_of_float32_scores_match_pandas_on_a_float32_series()
    {
        Assert.Equal([2, 0, 3, 1, 0, 3, 0, 2, 0, 2], QuantileBins.Assign(Float32Scores, 4, ScorePrecision.Single));
        Assert.Equal(
            [0.33064132928848267, 0.46711769700050354, 0.5172193795442581, 0.5711567997932434, 0.6193308234214783],
            QuantileBins.Edges(Float32Scores, 4, ScorePrecision.Single));
    }

    [Fact]
    public void Edges_of_widely_spread_float32_scores_need_float32_precision_to_match_pandas()
    {
        var scores = Widen([1e-10f, 1.0f, 2.5e-8f, 0.3f, 7e-5f, 0.9f, 0.0004f, 1e-7f]);
        double[] float32Edges = [1.000000013351432e-10, 1.7530000206988917e-08, 5.5000001353278106e-08,
            7.0900001119867205e-06, 5.602000164799394e-05, 0.00023499999952036887, 0.060320001019863734,
            0.2700400114059449, 0.6599999904632572, 0.9299999833106994, 1.0];
        double[] float64Edges = [1.000000013351432e-10, 1.7530000204907248e-08, 5.5000000642735366e-08,
            7.090000188014793e-06, 5.6020001495937796e-05, 0.00023499999588239007, 0.06032000237610223,
            0.2700400107278257, 0.6599999904632572, 0.9299999833106994, 1.0];

        Assert.Equal(float32Edges, QuantileBins.Edges(scores, 10, ScorePrecision.Single));
        Assert.Equal(float64Edges, QuantileBins.Edges(scores, 10, ScorePrecision.Double));
    }

    [Theory]
    [InlineData(10, 10, 44996686)]
    [InlineData(100, 100, 494893621)]
    public void Bins_of_20000_tied_scores_match_pandas(int bins, int expectedBins, long expectedChecksum)
    {
        var assigned = QuantileBins.Assign(GeneratedTied().Scores, bins);
        Assert.Equal(expectedBins, assigned.Max() + 1);
        Assert.Equal(expectedChecksum, Checksum(assigned));
    }

    [Theory]
    [InlineData(10, 44978805)]
    [InlineData(100, 494741652)]
    public void Bins_of_20000_distinct_scores_match_pandas(int bins, long expectedChecksum) =>
        Assert.Equal(expectedChecksum, Checksum(QuantileBins.Assign(GeneratedDistinct().Scores, bins)));

    [Fact]
    public void Bins_reject_a_bin_count_below_one()
    {
        var error = Assert.Throws<MetricsException>(() => QuantileBins.Assign(TiedScores, 0));
        Assert.Contains("must be at least 1 (got 0)", error.Message);
    }

    /// <summary>The same checksum as the python script: sum of bin * (row index mod 1000).</summary>
    private static long Checksum(int[] assigned) =>
        assigned.Select((bin, i) => (long)bin * (i % 1000)).Sum();
}
