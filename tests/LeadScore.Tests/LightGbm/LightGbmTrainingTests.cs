using LeadScore.LightGbm;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.LightGbm;

public sealed class LightGbmTrainingTests
{
    private const int Rows = 2000;
    private const int Features = 6;

    [Fact]
    public void Training_fifty_iterations_on_data_with_nans_produces_a_useful_model()
    {
        float[] x = LightGbmModels.GenerateRows(Rows, Features, seed: 7, out float[] labels);
        string parameters = new LightGbmParameters { Seed = 7 }.ToString();
        using var train = LightGbmDataset.FromMatrix(x, Rows, Features, labels, parameters);
        using var booster = LightGbmBooster.Create(train, parameters);

        for (int i = 0; i < 50; i++)
        {
            Assert.False(booster.UpdateOneIteration());
        }

        Assert.Equal(50, booster.CurrentIteration);
        Assert.Equal(Features, booster.FeatureCount);
        Assert.Equal(Rows, train.RowCount);
        Assert.Equal(Features, train.FeatureCount);

        double[] probabilities = booster.PredictProbability(x, Rows, Features);
        Assert.Equal(Rows, probabilities.Length);
        Assert.All(probabilities, p => Assert.InRange(p, 0.0, 1.0));
        Assert.True(Auc(probabilities, labels) > 0.75, "the model should learn the synthetic rule");
    }

    [Fact]
    public void Training_twice_with_the_same_seed_and_one_thread_gives_identical_model_text()
    {
        string first = LightGbmModels.TrainSmallModel(Rows, Features, iterations: 50, numLeaves: 15, seed: 11, out _);
        string second = LightGbmModels.TrainSmallModel(Rows, Features, iterations: 50, numLeaves: 15, seed: 11, out _);

        Assert.Equal(first, second);
        Assert.Contains("num_threads: 1", first, StringComparison.Ordinal);
        Assert.Contains("deterministic: 1", first, StringComparison.Ordinal);
    }

    [Fact]
    public void A_double_matrix_trains_the_same_model_as_the_equivalent_float_matrix()
    {
        float[] x = LightGbmModels.GenerateRows(Rows, Features, seed: 3, out float[] labels);
        double[] xDouble = Array.ConvertAll(x, v => (double)v);
        string parameters = new LightGbmParameters { Seed = 3 }.ToString();

        Assert.Equal(Train(x, labels, parameters), Train(xDouble, labels, parameters));
    }

    [Fact]
    public void A_validation_set_built_on_the_training_reference_reports_its_metric()
    {
        float[] x = LightGbmModels.GenerateRows(Rows, Features, seed: 5, out float[] labels);
        float[] xValid = LightGbmModels.GenerateRows(500, Features, seed: 6, out float[] labelsValid);
        string parameters = new LightGbmParameters { Seed = 5 }.ToString() + " metric=auc";
        using var train = LightGbmDataset.FromMatrix(x, Rows, Features, labels, parameters);
        using var valid = LightGbmDataset.FromMatrix(xValid, 500, Features, labelsValid, parameters, reference: train);
        using var booster = LightGbmBooster.Create(train, parameters);
        booster.AddValidation(valid);

        for (int i = 0; i < 20; i++)
        {
            booster.UpdateOneIteration();
        }

        double validAuc = Assert.Single(booster.GetEvaluation(1));
        double trainAuc = Assert.Single(booster.GetEvaluation(0));
        Assert.InRange(validAuc, 0.7, 1.0);
        Assert.True(trainAuc >= validAuc - 0.05, "training AUC should not be far below validation AUC");
        Assert.Equal(validAuc, Auc(booster.PredictProbability(xValid, 500, Features), labelsValid), 1e-6);
    }

    [Fact]
    public void Feature_names_set_on_the_dataset_appear_in_the_model_text()
    {
        float[] x = LightGbmModels.GenerateRows(Rows, Features, seed: 2, out float[] labels);
        string parameters = new LightGbmParameters().ToString();
        using var train = LightGbmDataset.FromMatrix(x, Rows, Features, labels, parameters);
        train.SetFeatureNames(["tenure", "visits", "emails", "calls", "score", "region"]);
        using var booster = LightGbmBooster.Create(train, parameters);
        booster.UpdateOneIteration();

        Assert.Contains("feature_names=tenure visits emails calls score region", booster.SaveModelToString(), StringComparison.Ordinal);
    }

    private static string Train<T>(T[] x, float[] labels, string parameters)
    {
        using LightGbmDataset train = x switch
        {
            float[] f => LightGbmDataset.FromMatrix(f, Rows, Features, labels, parameters),
            double[] d => LightGbmDataset.FromMatrix(d, Rows, Features, labels, parameters),
            _ => throw new ArgumentException("unsupported element type", nameof(x)),
        };
        using var booster = LightGbmBooster.Create(train, parameters);
        for (int i = 0; i < 10; i++)
        {
            booster.UpdateOneIteration();
        }

        return booster.SaveModelToString();
    }

    // Rank-based AUC (Mann-Whitney), ties count one half.
    private static double Auc(double[] scores, float[] labels)
    {
        int[] order = Enumerable.Range(0, scores.Length).OrderBy(i => scores[i]).ToArray();
        double rankSumPositive = 0;
        int positives = 0;
        for (int start = 0; start < order.Length;)
        {
            int end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            double averageRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++)
            {
                if (labels[order[k]] > 0.5f)
                {
                    rankSumPositive += averageRank;
                    positives++;
                }
            }

            start = end + 1;
        }

        int negatives = scores.Length - positives;
        return (rankSumPositive - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }
}
