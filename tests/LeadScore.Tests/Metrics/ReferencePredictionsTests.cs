using System.Globalization;
using LeadScore.Metrics;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Metrics;

// Golden numbers of the original pipeline on the real fixtures: scikit-learn 1.2.1, numpy 1.24.2 and
// pandas 1.5.3 on the float32 `probability` column (fixtures README; reference/make_metrics_reference.py).
public class ReferencePredictionsTests
{
    private const string R3 = "v41r3_test_predictions.csv";
    private const string V40 = "v40_test_predictions.csv";

    [SkippableFact]
    public void R3_test_auc_and_average_precision_match_scikit_learn()
    {
        var data = Load(R3);
        Assert.Equal(0.6198406291803128, RocAuc.Compute(data.Probability, data.Target), 1e-9);
        Assert.Equal(0.069653455888176563, AveragePrecision.Compute(data.Probability, data.Target));
    }

    [SkippableFact]
    public void R3_qcut_deciles_match_the_published_counts_conversions_and_per_row_deciles()
    {
        var data = Load(R3);
        var table = DecileTable.Qcut(data.Probability, data.Target, precision: ScorePrecision.Single);

        Assert.Equal([404, 275, 339, 339, 340, 339, 339, 339, 339, 340], table.Rows.Select(r => r.Count));
        Assert.Equal([4, 5, 11, 13, 21, 10, 12, 9, 21, 27], table.Rows.Select(r => r.Conversions));
        Assert.Equal(data.Decile!, table.RowDeciles);
        Assert.Equal(2.025895621406457, table.TopDecileLift);
        Assert.Equal(data.Decile!, DecileTable.Qcut(data.Probability, data.Target).RowDeciles);
    }

    [SkippableFact]
    public void R3_decile_table_matches_the_published_lift_by_decile_file()
    {
        var data = Load(R3);
        var table = DecileTable.Qcut(data.Probability, data.Target, precision: ScorePrecision.Single);
        var published = File.ReadAllLines(Fixtures.Path("published", "lift_by_decile_r3.csv"))
            .Skip(1).Where(line => line.Length > 0).Select(line => line.Split(',')).ToArray();

        Assert.Equal(published.Length, table.Rows.Count);
        foreach (var (row, columns) in table.Rows.Zip(published))
        {
            // decile,conv_rate,conversions,count,avg_score,lift,baseline
            Assert.Equal(int.Parse(columns[0], CultureInfo.InvariantCulture), row.Decile);
            Assert.Equal(Parse(columns[1]), row.ConversionRate);
            Assert.Equal(Parse(columns[5]), row.Lift);
            Assert.Equal(Parse(columns[6]), table.OverallRate);

            // avg_score was a float32 mean printed to 8 digits; ours is a double mean.
            Assert.Equal(Parse(columns[4]), row.MeanScore, 5e-7);
        }
    }

    [SkippableFact]
    public void R3_bottom_20_percent_rate_reproduces_the_published_mean_and_the_pooled_rate()
    {
        var data = Load(R3);
        var table = DecileTable.Qcut(data.Probability, data.Target);
        Assert.Equal(0.014041404140414042, table.BottomDecilesMeanRate(2));
        Assert.Equal(9.0 / 679, table.BottomDecilesPooledRate(2));
    }

    [SkippableFact]
    public void R3_qcut_into_100_bins_keeps_91_bins_after_dropping_duplicate_edges()
    {
        var data = Load(R3);
        Assert.Equal(91, QuantileBins.Assign(data.Probability, 100, ScorePrecision.Single).Distinct().Count());
    }

    [SkippableFact]
    public void R3_TEST_percentiles_follow_the_definition_row_by_row_with_ties_sharing_one_value()
    {
        var scores = Load(R3).Probability;
        var percentiles = Percentile.Of(scores);

        // The definition restated: r = 1 + the number of lower scores; percentile = 1 + floor(100 (r - 1) / n).
        var sorted = scores.Order().ToArray();
        for (int i = 0; i < scores.Length; i++)
        {
            int lower = Array.BinarySearch(sorted, scores[i]);
            while (lower > 0 && sorted[lower - 1] == scores[i]) lower--;
            Assert.Equal(1 + 100 * lower / scores.Length, percentiles[i]);
        }
        Assert.Equal(1, percentiles.Min());
        Assert.Equal(100, percentiles.Max());
    }

    [SkippableFact]
    public void R3_top_10_percent_lift_equals_the_top_decile_lift()
    {
        var data = Load(R3);
        Assert.Equal(2.025895621406457, Lift.TopPercent(data.Probability, data.Target, 10, ScorePrecision.Single));
        Assert.Equal(2.2509951348960637, Lift.TopPercent(data.Probability, data.Target, 5, ScorePrecision.Single));
    }

    [SkippableFact]
    public void V40_test_auc_average_precision_and_lifts_match_the_published_figures()
    {
        var data = Load(V40);
        Assert.Equal(0.59885886241110342, RocAuc.Compute(data.Probability, data.Target), 1e-9);
        Assert.Equal(0.04323772079970412, AveragePrecision.Compute(data.Probability, data.Target));
        Assert.Equal(1.5089087631724902, Lift.TopPercent(data.Probability, data.Target, 10, ScorePrecision.Single));
        Assert.Equal(1.4544573643410852, Lift.TopPercent(data.Probability, data.Target, 5, ScorePrecision.Single));
        Assert.Equal(1.5089087631724902, DecileTable.Qcut(data.Probability, data.Target).TopDecileLift);
    }

    private static ReferencePredictions Load(string fileName)
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        return ReferencePredictions.Load(fileName);
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
