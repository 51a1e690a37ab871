using LeadScore.LightGbm;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.LightGbm;

public sealed class LightGbmPredictionTests
{
    private const int Rows = 2000;
    private const int Features = 6;

    [Fact]
    public void A_saved_model_text_reloads_and_predicts_identically()
    {
        string modelText = LightGbmModels.TrainSmallModel(Rows, Features, iterations: 50, numLeaves: 31, seed: 1, out float[] x);
        using var original = Train(x, out _);
        using var reloaded = LightGbmBooster.LoadFromString(original.SaveModelToString());

        Assert.Equal(modelText, original.SaveModelToString());
        Assert.Equal(50, reloaded.CurrentIteration);
        Assert.Equal(Features, reloaded.FeatureCount);
        Assert.Equal(original.PredictRaw(x, Rows, Features), reloaded.PredictRaw(x, Rows, Features));
        Assert.Equal(original.PredictProbability(x, Rows, Features), reloaded.PredictProbability(x, Rows, Features));
        Assert.Equal(original.PredictContributions(x, Rows, Features), reloaded.PredictContributions(x, Rows, Features));
        Assert.Equal(modelText, reloaded.SaveModelToString());
    }

    [Fact]
    public void Raw_predictions_passed_through_the_sigmoid_equal_the_normal_predictions()
    {
        float[] x = LightGbmModels.GenerateRows(Rows, Features, seed: 1, out _);
        using var booster = Train(x, out _);

        double[] raw = booster.PredictRaw(x, Rows, Features);
        double[] probabilities = booster.PredictProbability(x, Rows, Features);

        Assert.Equal(Rows, raw.Length);
        for (int r = 0; r < Rows; r++)
        {
            Assert.Equal(1.0 / (1.0 + Math.Exp(-raw[r])), probabilities[r], 1e-12);
        }
    }

    [Fact]
    public void Contributions_have_one_column_per_feature_plus_the_expected_value_and_sum_to_the_raw_score()
    {
        float[] x = LightGbmModels.GenerateRows(Rows, Features, seed: 1, out _);
        using var booster = Train(x, out _);

        double[] raw = booster.PredictRaw(x, Rows, Features);
        double[] contributions = booster.PredictContributions(x, Rows, Features);

        Assert.Equal(Rows * (Features + 1), contributions.Length);
        double expectedValue = contributions[Features];
        for (int r = 0; r < Rows; r++)
        {
            ReadOnlySpan<double> row = contributions.AsSpan(r * (Features + 1), Features + 1);
            double sum = 0;
            foreach (double value in row)
            {
                sum += value;
            }

            Assert.Equal(raw[r], sum, 1e-9);
            Assert.Equal(expectedValue, row[Features], 1e-12);
        }
    }

    [Fact]
    public void Rows_with_a_missing_value_get_a_nonzero_contribution_from_that_feature()
    {
        float[] x = LightGbmModels.GenerateRows(Rows, Features, seed: 1, out _);
        using var booster = Train(x, out _);
        int missing = LightGbmModels.MissingFeature(Features);

        double[] contributions = booster.PredictContributions(x, Rows, Features);

        int nanRows = 0;
        for (int r = 0; r < Rows; r++)
        {
            if (float.IsNaN(x[r * Features + missing]))
            {
                nanRows++;
                Assert.NotEqual(0.0, contributions[r * (Features + 1) + missing]);
            }
        }

        Assert.InRange(nanRows, Rows / 20, Rows / 4);
    }

    [Fact]
    public void Double_input_predicts_the_same_as_float_input()
    {
        float[] x = LightGbmModels.GenerateRows(200, Features, seed: 4, out _);
        double[] xDouble = Array.ConvertAll(x, v => (double)v);
        using var booster = Train(LightGbmModels.GenerateRows(Rows, Features, seed: 1, out _), out _);

        Assert.Equal(booster.PredictRaw(x, 200, Features), booster.PredictRaw(xDouble, 200, Features));
        Assert.Equal(booster.PredictContributions(x, 200, Features), booster.PredictContributions(xDouble, 200, Features));
    }

    private static LightGbmBooster Train(float[] x, out float[] labels)
    {
        // Same data and parameters as LightGbmModels.TrainSmallModel(Rows, Features, 50, 31, seed: 1).
        float[] regenerated = LightGbmModels.GenerateRows(Rows, Features, seed: 1, out labels);
        Assert.Equal(regenerated, x);
        string parameters = LightGbmModels.SmallModelParameters(Rows, numLeaves: 31, seed: 1).ToString();
        using var train = LightGbmDataset.FromMatrix(x, Rows, Features, labels, parameters);
        var booster = LightGbmBooster.Create(train, parameters);
        for (int i = 0; i < 50; i++)
        {
            booster.UpdateOneIteration();
        }

        return booster;
    }
}
