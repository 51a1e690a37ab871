using LeadScore.Models.Calibration;
using LeadScore.Tests.Support;
using LeadScore.Training;
using LeadScore.Training.Config;

namespace LeadScore.Tests.Training;

public class TrainingConfigTests
{
    [Fact]
    public void The_shipped_defaults_are_the_R3_settings_in_LightGBM_terms_with_the_V41_windows()
    {
        var config = TrainingConfigReader.Read(ConfigDocument.Defaults());
        Assert.Equal(new(2024, 2, 1), config.Split!.Train.From);
        Assert.Equal(new(2025, 7, 31), config.Split!.Train.To);
        Assert.Equal(new(2025, 9, 1), config.Split!.Test.From);
        Assert.Equal("contacted_date", config.Split!.Column);
        var b = config.Booster;
        Assert.Equal((2, 0.01, 1.0, 5.0, 0.3, 0.6, 0.6, 30.0), (b.MaxDepth, b.LearningRate, b.LambdaL1, b.LambdaL2, b.MinGainToSplit, b.BaggingFraction, b.FeatureFraction, b.MinSumHessianInLeaf));
        Assert.Null(b.ScalePosWeight);
        Assert.Equal(24_145.0 / 589, b.ResolvedScalePosWeight(24_145, 589));
        Assert.Equal(ValidationMethod.Holdout, config.Validation.Method);
        Assert.Contains(config.Gates, g => g.Id == "G9.4" && g.Metric == "test.bottom20_rate" && g.Fail == 0.02);
    }

    [Fact]
    public void A_yaml_file_overrides_only_what_it_names()
    {
        using var folder = new TempFolder();
        var path = folder.File("c.yaml");
        File.WriteAllText(path, "lightgbm:\n  learning_rate: 0.05\nvalidation:\n  method: rolling\n  folds: 4\ncalibration: platt\n");
        var config = TrainingConfigReader.Read(ConfigDocument.Load(path));
        Assert.Equal(0.05, config.Booster.LearningRate);
        Assert.Equal(2, config.Booster.MaxDepth);
        Assert.Equal((ValidationMethod.Rolling, 4, 3), (config.Validation.Method, config.Validation.Folds, config.Validation.Months));
        Assert.Equal(CalibrationMethod.Platt, config.Calibration);
    }

    [Theory]
    [InlineData("{\"lightgbm\": {\"feature_fraction\": 1.5}}", "'lightgbm.feature_fraction' must be in (0, 1]")]
    [InlineData("{\"lightgbm\": {\"max_leaves\": 4}}", "'lightgbm.max_leaves' is not a supported setting")]
    [InlineData("{\"lightgbm\": {\"scale_pos_weight\": \"big\"}}", "'lightgbm.scale_pos_weight' must be a number or \"auto\"")]
    [InlineData("{\"early_stopping\": {\"rounds\": 0}}", "'early_stopping.rounds' must be between 1 and 2000")]
    [InlineData("{\"split\": {\"test\": [\"2025-01-01\", \"2025-02-01\"]}}", "overlap")]
    [InlineData("{\"split\": {\"train\": [\"2024-13-01\", \"2025-01-01\"]}}", "'split.train' holds '2024-13-01', which is not a date")]
    [InlineData("{\"gates\": [{\"id\": \"X\", \"metric\": \"test.accuracy\", \"op\": \">\", \"fail\": 1}]}", "'test.accuracy' is not a known metric")]
    [InlineData("{\"calibration\": \"beta\"}", "'calibration' must be isotonic, platt or none")]
    [InlineData("{\"validation\": {\"months\": 30}}", "'validation.months' must be between 1 and 24")]
    [InlineData("[1, 2]", "the top level must be an object")]
    [InlineData("{\"lightgbm\": ", "not valid JSON")]
    public void A_bad_value_names_its_key_and_the_rule(string json, string expected)
    {
        using var folder = new TempFolder();
        var path = folder.File("c.json");
        File.WriteAllText(path, json);
        var error = Assert.Throws<TrainingException>(() => TrainingConfigReader.Read(ConfigDocument.Load(path)));
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
