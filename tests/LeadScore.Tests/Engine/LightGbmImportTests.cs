using System.Globalization;
using LeadScore.Engine;
using LeadScore.Engine.Import;
using LeadScore.Engine.Model;
using LeadScore.Engine.Scoring;
using LeadScore.LightGbm;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Engine;

/// <summary>LightGBM text models, checked against LightGBM's own predict and predict_contrib (its native library).</summary>
public class LightGbmImportTests
{
    private const int Rows = 3000, Features = 6;

    [Theory]
    [InlineData(4, 2, 60)]   // depth ≤ 2: the SIMD table path
    [InlineData(8, 3, 40)]   // depth 3: the scalar table path
    [InlineData(31, -1, 30)] // deep, unbalanced trees: the general recursion
    public void Margins_probabilities_and_shap_equal_lightgbm_s_own(int leaves, int maxDepth, int iterations)
    {
        var text = Train(leaves, maxDepth, iterations, out var x);
        var model = ModelLoader.Parse(text, "lgbm.txt");
        Assert.Equal(ModelFormat.LightGbmText, model.Format);
        using var booster = LightGbmBooster.LoadFromString(text);
        var raw = booster.PredictRaw(x, Rows, Features);
        var probability = booster.PredictProbability(x, Rows, Features);
        var contributions = booster.PredictContributions(x, Rows, Features);

        var block = FeatureBlock.FromRows(x, Features);
        var scores = new ScoreBlock(Features, block.Stride, withShap: true);
        new BatchScorer(new EnsembleScorer(model), 2).Run(block, scores, explain: true);
        for (int row = 0; row < Rows; row++)
        {
            Assert.Equal(raw[row], scores.Margin[row], 1e-5);
            Assert.Equal(probability[row], scores.Probability[row], 1e-6);
            for (int f = 0; f <= Features; f++)
                Assert.Equal(contributions[row * (Features + 1) + f], scores.ShapValue(row, f), 1e-5);
        }
    }

    [Fact]
    public void Values_exactly_at_and_next_to_each_threshold_go_where_lightgbm_sends_them()
    {
        var text = Train(8, -1, 20, out _);
        var model = ModelLoader.Parse(text, "lgbm.txt");
        var thresholds = text.Split('\n').Where(l => l.StartsWith("threshold=", StringComparison.Ordinal))
            .SelectMany(l => l["threshold=".Length..].Split(' ')).Select(t => double.Parse(t, CultureInfo.InvariantCulture)).Take(40).ToList();
        var random = new Random(7);
        var rows = new List<float>();
        foreach (var t in thresholds)
            foreach (var v in new[] { (float)t, MathF.BitIncrement((float)t), MathF.BitDecrement((float)t) })
                for (int copy = 0; copy < 2; copy++)
                    rows.AddRange(Enumerable.Range(0, Features).Select(_ => random.Next(3) == 0 ? v : (float)(random.NextDouble() * 4 - 2)));
        var x = rows.ToArray();
        int n = x.Length / Features;
        using var booster = LightGbmBooster.LoadFromString(text);
        var raw = booster.PredictRaw(x, n, Features);
        var block = FeatureBlock.FromRows(x, Features);
        var scores = new ScoreBlock(Features, block.Stride, withShap: false);
        new EnsembleScorer(model).Score(block, scores, 0, n);
        for (int row = 0; row < n; row++) Assert.Equal(raw[row], scores.Margin[row], 1e-5);
    }

    [Fact]
    public void The_float_threshold_keeps_lightgbm_s_less_or_equal_rule()
    {
        foreach (var t in new[] { 0.5, 0.1, -0.30000000000000004, 1e-40, 3.4028234663852886e38, 16777217.0 })
        {
            float below = LightGbmTextReader.FloatBelow(t);
            Assert.True(below <= t);
            Assert.True(MathF.BitIncrement(below) > t || float.IsPositiveInfinity(MathF.BitIncrement(below)));
        }
    }

    [Fact]
    public void A_categorical_lightgbm_model_is_refused()
    {
        var x = LightGbmModels.GenerateRows(Rows, Features, 5, out var labels);
        for (int row = 0; row < Rows; row++) x[row * Features] = row % 5;
        var parameters = LightGbmModels.SmallModelParameters(Rows, 8, 5) + " categorical_feature=0";
        var text = TrainText(x, labels, parameters, 10);
        Assert.Contains("num_cat=", text);
        var error = Assert.Throws<ScoringException>(() => ModelLoader.Parse(text, "cat.txt"));
        Assert.Contains("categorical split", error.Message);
    }

    [Fact]
    public void A_multiclass_lightgbm_model_is_refused()
    {
        var x = LightGbmModels.GenerateRows(Rows, Features, 6, out var labels);
        for (int row = 0; row < Rows; row++) labels[row] = row % 3;
        var parameters = (LightGbmModels.SmallModelParameters(Rows, 8, 6) with { Objective = "multiclass" }) + " num_class=3";
        var error = Assert.Throws<ScoringException>(() => ModelLoader.Parse(TrainText(x, labels, parameters, 5), "multi.txt"));
        Assert.Contains("multi.txt: unsupported model: objective 'multiclass", error.Message);
    }

    [Fact]
    public void A_truncated_lightgbm_model_is_refused()
    {
        var text = Train(8, -1, 10, out _);
        var error = Assert.Throws<ScoringException>(() => ModelLoader.Parse(text[..(text.IndexOf("Tree=5", StringComparison.Ordinal) + 40)], "cut.txt"));
        Assert.StartsWith("cut.txt: not a readable model", error.Message);
    }

    private static string Train(int leaves, int maxDepth, int iterations, out float[] x)
    {
        x = LightGbmModels.GenerateRows(Rows, Features, 42, out var labels);
        var parameters = (LightGbmModels.SmallModelParameters(Rows, leaves, 42) with { MaxDepth = maxDepth }).ToString();
        return TrainText(x, labels, parameters, iterations);
    }

    private static string TrainText(float[] x, float[] labels, string parameters, int iterations)
    {
        using var train = LightGbmDataset.FromMatrix(x, Rows, Features, labels, parameters);
        using var booster = LightGbmBooster.Create(train, parameters);
        for (int i = 0; i < iterations && !booster.UpdateOneIteration(); i++) { }
        return booster.SaveModelToString();
    }
}
