using LeadScore.Metrics;
using static LeadScore.Tests.Metrics.MetricsReferenceData;

namespace LeadScore.Tests.Metrics;

// Expected values: pandas 1.5.3 qcut + groupby, and numpy 1.24.2 array_split for equal-count bins
// (reference/make_metrics_reference.py), compared exactly.
public class DecileTableTests
{
    [Fact]
    public void Qcut_table_matches_pandas_groupby_and_leaves_out_empty_bins()
    {
        var table = DecileTable.Qcut(TiedScores, TiedLabels);

        Assert.Equal([0, 1, 3, 5], table.Rows.Select(r => r.Decile));
        Assert.Equal([1, 3, 4, 2], table.Rows.Select(r => r.Count));
        Assert.Equal([0, 1, 2, 1], table.Rows.Select(r => r.Conversions));
        Assert.Equal([0.0, 0.3333333333333333, 0.5, 0.5], table.Rows.Select(r => r.ConversionRate));
        Assert.Equal([0.0, 0.8333333333333333, 1.25, 1.25], table.Rows.Select(r => r.Lift));
        Assert.Equal([3, 3, 3, 1, 1, 5, 5, 0, 3, 1], table.RowDeciles);
        Assert.Equal(0.4, table.OverallRate);
        Assert.Equal(1.25, table.TopDecileLift);
    }

    [Fact]
    public void Bottom_deciles_rate_is_pooled_or_the_originals_unweighted_mean()
    {
        var table = DecileTable.Qcut(TiedScores, TiedLabels);
        Assert.Equal(0.25, table.BottomDecilesPooledRate(2));
        Assert.Equal(0.16666666666666666, table.BottomDecilesMeanRate(2));
    }

    [Fact]
    public void Rows_report_the_mean_lowest_and_highest_score_of_each_bin()
    {
        var table = DecileTable.Qcut([0.1, 0.2, 0.3, 0.4], [0, 1, 0, 1], bins: 2);

        Assert.Equal([0.1, 0.3], table.Rows.Select(r => r.MinScore));
        Assert.Equal([0.2, 0.4], table.Rows.Select(r => r.MaxScore));
        Assert.Equal([(0.1 + 0.2) / 2, (0.3 + 0.4) / 2], table.Rows.Select(r => r.MeanScore));
    }

    [Fact]
    public void Qcut_table_of_20000_tied_scores_matches_pandas()
    {
        var (scores, labels) = GeneratedTied();
        var table = DecileTable.Qcut(scores, labels);

        Assert.Equal([2002, 2001, 2002, 2002, 2001, 2003, 2003, 2001, 2002, 1983], table.Rows.Select(r => r.Count));
        Assert.Equal([286, 285, 285, 285, 286, 287, 287, 286, 423, 1983], table.Rows.Select(r => r.Conversions));
    }

    [Fact]
    public void Equal_count_bins_split_ties_by_original_index_like_a_stable_descending_array_split()
    {
        var table = DecileTable.EqualCount(TiedScores, TiedLabels, bins: 3);

        Assert.Equal([2, 2, 1, 1, 0, 2, 2, 0, 1, 0], table.RowDeciles);
        Assert.Equal([3, 3, 4], table.Rows.Select(r => r.Count));
        Assert.Equal([0, 2, 2], table.Rows.Select(r => r.Conversions));
    }

    [Fact]
    public void Equal_count_deciles_of_20000_tied_scores_match_numpy()
    {
        var (scores, labels) = GeneratedTied();
        var table = DecileTable.EqualCount(scores, labels);

        Assert.All(table.Rows, row => Assert.Equal(2000, row.Count));
        Assert.Equal([286, 285, 284, 285, 286, 286, 287, 286, 408, 2000], table.Rows.Select(r => r.Conversions));
        Assert.Equal(Enumerable.Range(0, 10), table.Rows.Select(r => r.Decile));
    }

    [Fact]
    public void Equal_count_bins_need_at_least_one_score_per_bin()
    {
        var error = Assert.Throws<MetricsException>(() => DecileTable.EqualCount([0.1, 0.2], [0, 1]));
        Assert.Equal("Got 2 scores for 10 equal-count bins; pass at least one score per bin or ask for fewer bins.", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Bottom_deciles_reject_a_count_outside_the_table(int bins)
    {
        var table = DecileTable.Qcut(TiedScores, TiedLabels);
        var error = Assert.Throws<MetricsException>(() => table.BottomDecilesPooledRate(bins));
        Assert.Equal($"Asked for the lowest {bins} bins but the table has 4; pass a count from 1 to 4.", error.Message);
        Assert.Throws<MetricsException>(() => table.BottomDecilesMeanRate(bins));
    }

    [Fact]
    public void Tables_need_at_least_one_conversion_to_report_lift()
    {
        Assert.Throws<MetricsException>(() => DecileTable.Qcut(TiedScores, new int[10]));
        Assert.Throws<MetricsException>(() => DecileTable.EqualCount(TiedScores, new int[10]));
    }
}
