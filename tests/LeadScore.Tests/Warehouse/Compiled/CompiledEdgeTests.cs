using LeadScore.Engine.Import;
using LeadScore.Tests.Support;
using LeadScore.Warehouse.Compiled;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Tests.Warehouse.Compiled;

/// <summary>The compiled SQL against the engine where tools get it wrong: rows on a float32 split, missing values, deep trees.</summary>
public class CompiledEdgeTests
{
    [Fact]
    public void A_double_goes_left_exactly_when_its_float32_rounding_is_below_the_threshold()
    {
        var random = new Random(7);
        var thresholds = new List<float> { 0f, -0f, float.Epsilon, -float.Epsilon, 1f, -1f, 0.1f, float.MaxValue, -float.MaxValue, float.PositiveInfinity, float.NegativeInfinity, 16777217f, 3.4e38f };
        for (int i = 0; i < 2000; i++) thresholds.Add(BitConverter.Int32BitsToSingle(random.Next()) is var t && float.IsFinite(t) ? t : 1f);
        for (int i = 0; i < 2000; i++) thresholds.Add((float)Math.Round(random.NextDouble() * 200 - 100, random.Next(4)));
        foreach (var t in thresholds)
        {
            var split = Float32Split.For(t);
            double[] xs = [t, split.Bound, Math.BitDecrement(split.Bound), Math.BitIncrement(split.Bound), MathF.BitDecrement(t), MathF.BitIncrement(t),
                1e39, -1e39, double.MaxValue, double.MinValue, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0];
            foreach (var x in xs)
                Assert.True(((float)x < t) == split.Left(x), $"threshold {t:R}, x {x:R}: float32 says {(float)x < t}, the split says {split.Left(x)}");
        }
    }

    [Fact]
    public void Random_deep_trees_with_missing_values_score_the_same_in_DuckDB_on_every_edge_row()
    {
        var model = SomeModels.RandomEnsemble(seed: 11, trees: 120, features: 6, maxDepth: 9);
        using var folder = new TempFolder();
        using var warehouse = Store.Open(folder.File("w.duckdb"));
        EdgeRows.AssertSameMargins(warehouse, model, EdgeRows.For(model, 3), "edge_rows");
    }

    [Fact]
    public void A_LightGBM_model_trained_here_with_missing_values_scores_the_same_in_DuckDB_on_every_edge_row()
    {
        var model = ModelLoader.Parse(LightGbmModels.TrainSmallModel(4000, 6, 60, 63, 5, out _), "lightgbm.txt");
        Assert.True(model.MaxDepth >= 6, $"depth {model.MaxDepth}");
        using var folder = new TempFolder();
        using var warehouse = Store.Open(folder.File("w.duckdb"));
        EdgeRows.AssertSameMargins(warehouse, model, EdgeRows.For(model, 4), "edge_rows");
    }
}
