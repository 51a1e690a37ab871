using LeadScore.Engine.Schema;
using LeadScore.Tests.Support;
using LeadScore.Training;
using LeadScore.Training.Config;

namespace LeadScore.Tests.Training;

/// <summary>Trains the R3 feature list on the real V4.1 leads once, for the tests below (about ten seconds).</summary>
public sealed class R3TrainingFixture
{
    private readonly Lazy<TrainingResult> result = new(() => Train(dropLeaky: false));
    private readonly Lazy<TrainingResult> withoutLeak = new(() => Train(dropLeaky: true));

    public TrainingResult Result => result.Value;

    public TrainingResult WithoutLeak => withoutLeak.Value;

    private static TrainingResult Train(bool dropLeaky) =>
        TrainingRun.Run(new TrainingRequest(Fixtures.Path("leads_v41.parquet"), null, ConfigDocument.Defaults(), LeadScore.Cli.Fixtures.OriginalModel.V41R3.Features, [], dropLeaky, null),
            SilentObserver.Instance);
}

public class RealTrainingTests(R3TrainingFixture r3) : IClassFixture<R3TrainingFixture>
{
    [SkippableFact]
    public void The_built_in_R3_feature_list_is_the_one_the_fixtures_record()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var recorded = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Fixtures.Path("models", "v4.1.0_r3", "final_features.json")))!["final_features"]!
            .AsArray().Select(n => n!.GetValue<string>()).ToArray();
        Assert.Equal(recorded, LeadScore.Cli.Fixtures.OriginalModel.V41R3.Features);
    }

    [SkippableFact]
    public void The_V41_split_holds_the_published_counts()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var windows = r3.Result.Windows.ToDictionary(w => w.Name);
        Assert.Equal((24_734, 589), (windows["train"].Rows, windows["train"].Positives));
        Assert.Equal((2_611, 59), (windows["gap"].Rows, windows["gap"].Positives));
        Assert.Equal((3_393, 133), (windows["test"].Rows, windows["test"].Positives));
        Assert.Equal(24_145.0 / 589, r3.Result.Final.ScalePosWeight, 12);
        Assert.Equal(new DateOnly(2025, 5, 1), r3.Result.Split!.LastFold.Valid.From);
    }

    [SkippableFact]
    public void Category_codes_are_fitted_on_TRAIN_and_equal_the_R3_alphabetical_codes()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var builtIn = BuiltInSchemas.Find("v4.1.0_r3")!.Features.ToDictionary(f => f.Name);
        foreach (var spec in r3.Result.Schema.Features.Where(f => f.IsCategorical))
        {
            Assert.True(spec.UnseenAsNull);
            Assert.Equal(builtIn[spec.Name].Categories!.OrderBy(kv => kv.Key), spec.Categories!.OrderBy(kv => kv.Key));
        }
        Assert.Equal(["firm_stability_tier_encoded", "mobility_tier_encoded", "tenure_bucket_encoded"],
            r3.Result.Schema.Features.Where(f => f.IsCategorical).Select(f => f.Name).Order());
    }

    [SkippableFact]
    public void The_leakage_check_flags_the_days_since_last_move_sentinel_and_nothing_else()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var flagged = Assert.Single(r3.Result.Leakage, f => f.Flagged);
        Assert.Equal("days_since_last_move", flagged.Feature);
        Assert.Equal(9999, flagged.Sentinel!.Value);
        Assert.InRange(flagged.Sentinel.RiskRatio, 2.0, 2.6);
    }

    // Pinned figures of this deterministic run (LightGBM 4.7.0, one thread, seed 42); see README "Training".
    [SkippableFact]
    public void Honest_test_figures_carry_intervals_and_stay_where_they_were_measured()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var test = r3.Result.TestReport!;
        Assert.Equal(3_393, test.Rows);
        Assert.Equal(0.6113, test.Auc.Auc, 0.0015);
        Assert.True(test.Auc.Lower < test.Auc.Auc && test.Auc.Auc < test.Auc.Upper);
        Assert.InRange(test.Auc.Upper - test.Auc.Lower, 0.08, 0.11);
        Assert.True(test.TopDecileLift.Lower < test.TopDecileLift.Estimate && test.TopDecileLift.Estimate < test.TopDecileLift.Upper);
        Assert.True(r3.Result.TrainReport.Auc.Auc > test.Auc.Auc);
        Assert.True(r3.Result.Folds.Single().Booster.StoppedEarly);
        Assert.Equal(r3.Result.Folds.Single().Booster.BestIteration + 1, r3.Result.Model.Trees.Count);
    }

    [SkippableFact]
    public void Isotonic_calibration_fitted_on_validation_keeps_percentiles_apart()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var calibration = r3.Result.TestReport!.Calibration;
        Assert.Equal("calibrated (isotonic)", calibration.Scores);
        Assert.True(calibration.DistinctPercentiles >= 90, $"{calibration.DistinctPercentiles} distinct percentiles");
        Assert.InRange(calibration.ExpectedConversions, 60, 200);
        Assert.Equal(92, r3.Result.Split!.LastFold.Valid.Days);
        Assert.Equal(3_719, r3.Result.Calibrator!.Rows);
    }

    [SkippableFact]
    public void Dropping_the_leaky_sentinel_removes_the_feature_and_is_reported()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var ablation = r3.WithoutLeak;
        Assert.Equal(["days_since_last_move"], ablation.DroppedAsLeaky);
        Assert.DoesNotContain("days_since_last_move", ablation.Model.FeatureNames);
        Assert.Equal(21, ablation.Model.FeatureNames.Count);
        Assert.Equal(0.6015, ablation.TestReport!.Auc.Auc, 0.0015);
    }
}
