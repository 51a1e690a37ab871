using LeadScore.LightGbm;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.LightGbm;

public sealed class LightGbmErrorTests
{
    private const int Rows = 500;
    private const int Features = 6;

    [Fact]
    public void A_negative_num_leaves_raises_a_LightGbmException_carrying_LightGBMs_message()
    {
        using var train = Dataset("verbosity=-1");

        var error = Assert.Throws<LightGbmException>(() => LightGbmBooster.Create(train, "objective=binary num_leaves=-5 verbosity=-1"));

        Assert.Equal("LGBM_BoosterCreate", error.Function);
        Assert.Contains("num_leaves", error.NativeMessage, StringComparison.Ordinal);
        Assert.StartsWith("LGBM_BoosterCreate failed: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void An_unknown_objective_raises_a_LightGbmException_naming_the_objective()
    {
        using var train = Dataset("verbosity=-1");

        var error = Assert.Throws<LightGbmException>(() => LightGbmBooster.Create(train, "objective=no_such_objective verbosity=-1"));

        Assert.Contains("no_such_objective", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_dataset_parameters_raise_a_LightGbmException_from_dataset_creation()
    {
        var error = Assert.Throws<LightGbmException>(() => Dataset("max_bin=1 verbosity=-1"));

        Assert.Equal("LGBM_DatasetCreateFromMat", error.Function);
        Assert.Contains("max_bin", error.NativeMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_model_text_raises_a_LightGbmException()
    {
        var error = Assert.Throws<LightGbmException>(() => LightGbmBooster.LoadFromString("this is not a model"));

        Assert.Equal("LGBM_BoosterLoadModelFromString", error.Function);
        Assert.NotEmpty(error.NativeMessage);
    }

    [Fact]
    public void Predicting_with_the_wrong_number_of_columns_raises_a_LightGbmException()
    {
        string modelText = LightGbmModels.TrainSmallModel(Rows, Features, iterations: 3, numLeaves: 4, seed: 1, out float[] x);
        using var booster = LightGbmBooster.LoadFromString(modelText);

        var error = Assert.Throws<LightGbmException>(() => booster.PredictRaw(x, Rows * 2, Features / 2));

        Assert.Equal("LGBM_BoosterPredictForMat", error.Function);
        Assert.Contains("number of features in data (3) is not the same as it was in training data (6)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_buffer_that_is_not_rows_times_cols_is_rejected_before_reaching_LightGBM()
    {
        string modelText = LightGbmModels.TrainSmallModel(Rows, Features, iterations: 3, numLeaves: 4, seed: 1, out float[] x);
        using var booster = LightGbmBooster.LoadFromString(modelText);

        Assert.Throws<ArgumentException>(() => booster.PredictRaw(x, Rows + 1, Features));
        Assert.Throws<ArgumentException>(() => LightGbmDataset.FromMatrix(x, Rows, Features, new float[Rows - 1], "verbosity=-1"));
    }

    [Fact]
    public void Disposing_datasets_and_boosters_twice_is_harmless_and_later_use_throws_ObjectDisposedException()
    {
        var train = Dataset("verbosity=-1");
        var booster = LightGbmBooster.Create(train, "objective=binary verbosity=-1");

        booster.Dispose();
        booster.Dispose();
        train.Dispose();
        train.Dispose();

        Assert.Throws<ObjectDisposedException>(() => booster.UpdateOneIteration());
        Assert.Throws<ObjectDisposedException>(() => train.RowCount);
    }

    [Fact]
    public void A_booster_keeps_training_after_its_dataset_was_disposed()
    {
        var train = Dataset("verbosity=-1");
        using var booster = LightGbmBooster.Create(train, "objective=binary verbosity=-1");
        train.Dispose();

        for (int i = 0; i < 5; i++)
        {
            booster.UpdateOneIteration();
        }

        Assert.Equal(5, booster.CurrentIteration);
    }

    private static LightGbmDataset Dataset(string parameters)
    {
        float[] x = LightGbmModels.GenerateRows(Rows, Features, seed: 1, out float[] labels);
        return LightGbmDataset.FromMatrix(x, Rows, Features, labels, parameters);
    }
}
