using System.Text.Json.Nodes;
using LeadScore.Engine;
using LeadScore.Engine.Import;
using LeadScore.Engine.Scoring;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Engine;

public class XGBoostImportTests
{
    [Theory]
    [InlineData("[5E-1]", 0.5f)]
    [InlineData("5E-1", 0.5f)]
    [InlineData("0.5", 0.5f)]
    [InlineData("[2.3813374E-2]", 0.023813374f)]
    [InlineData(" [ 2.3813374E-2 ] ", 0.023813374f)]
    public void Base_score_is_parsed_in_every_spelling_XGBoost_writes(string text, float expected) =>
        Assert.Equal(expected, BaseScore.Parse(text));

    [Theory]
    [InlineData("[5E-1,5E-1]")]
    [InlineData("[]")]
    [InlineData("1.5")]
    [InlineData("0")]
    [InlineData("half")]
    public void Base_score_that_is_not_one_probability_is_refused(string text) => Assert.Null(BaseScore.Parse(text));

    [Fact]
    public void Both_base_score_spellings_load_to_the_same_model()
    {
        using var folder = new TempFolder();
        var bracketed = ModelLoader.Load(SomeModels.Save(SomeModels.XGBoost("[5E-1]"), folder, "a.json"));
        var plain = ModelLoader.Load(SomeModels.Save(SomeModels.XGBoost("0.5"), folder, "b.json"));
        Assert.Equal(0f, bracketed.BaseMargin);
        Assert.Equal(plain.BaseMargin, bracketed.BaseMargin);
        Assert.Equal(Margins(plain), Margins(bracketed));
    }

    [Fact]
    public void A_bracketed_base_score_other_than_one_half_shifts_every_margin_by_its_logit()
    {
        using var folder = new TempFolder();
        var half = ModelLoader.Load(SomeModels.Save(SomeModels.XGBoost("[5E-1]"), folder, "a.json"));
        var rate = ModelLoader.Load(SomeModels.Save(SomeModels.XGBoost("[2.3813374E-2]"), folder, "b.json"));
        double logit = Math.Log(0.023813374 / (1 - 0.023813374));
        Assert.Equal(logit, rate.BaseMargin, 6);
        var shifted = Margins(rate).Zip(Margins(half), (a, b) => (double)a - b).ToArray();
        Assert.All(shifted, d => Assert.Equal(logit, d, 6));
    }

    [Fact]
    public void The_hand_made_model_walks_its_trees_with_float_comparisons_and_default_directions()
    {
        using var folder = new TempFolder();
        var model = ModelLoader.Load(SomeModels.Save(SomeModels.XGBoost(), folder));
        // rows (x0, x1): tree 0 sends x0 < 0.5 (or missing) to leaf 0.3, else x1 < 2 → -0.2 / 0.1; tree 1: x1 < 1 → -0.05 / 0.07, missing right.
        var margins = Margins(model, [0.4f, 0.5f, 0.5f, 3f, float.NaN, float.NaN, 0.5f, 1.9999999f]);
        Assert.Equal([0.3f + -0.05f, 0.1f + 0.07f, 0.3f + 0.07f, -0.2f + 0.07f], margins);
    }

    [SkippableFact]
    public void The_real_R3_model_has_374_trees_22_features_and_a_zero_base_margin()
    {
        Skip.If(Fixtures.Root is null, Fixtures.SkipReason);
        var model = ModelLoader.Load(Fixtures.Path("models", "v4.1.0_r3", "model.json"));
        Assert.Equal(374, model.Trees.Count);
        Assert.Equal(22, model.FeatureNames.Count);
        Assert.Equal("tenure_months", model.FeatureNames[0]);
        Assert.Equal("is_dual_registered", model.FeatureNames[21]);
        Assert.Equal(0f, model.BaseMargin);
        Assert.Equal(223, model.BestIteration);
        Assert.Equal(2, model.MaxDepth);
        Assert.Equal(10, model.Trees.Count(t => t.NodeCount == 5));
        Assert.Equal("XGBoost 3.1.1", model.Producer);
        Assert.Equal(224, model.UpToIteration(model.BestIteration!.Value).Trees.Count);
    }

    [Fact]
    public void Truncated_json_is_refused_naming_the_file()
    {
        using var folder = new TempFolder();
        var text = SomeModels.XGBoost().ToJsonString();
        var path = folder.File("truncated.json");
        File.WriteAllText(path, text[..(text.Length / 2)]);
        var error = Assert.Throws<ScoringException>(() => ModelLoader.Load(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void A_categorical_split_is_refused_naming_the_tree()
    {
        var model = SomeModels.XGBoost();
        var tree = model["learner"]!["gradient_booster"]!["model"]!["trees"]![1]!;
        tree["split_type"] = new JsonArray(1, 0, 0);
        tree["categories_nodes"] = new JsonArray(0);
        var error = Assert.Throws<ScoringException>(() => ModelLoader.Parse(model.ToJsonString(), "cat.json"));
        Assert.Equal("cat.json: unsupported model: tree 1 has a categorical split (only numeric splits are supported; encode categories as numbers).", error.Message);
    }

    [Theory]
    [InlineData("multi:softprob", "objective 'multi:softprob'")]
    [InlineData("reg:squarederror", "objective 'reg:squarederror'")]
    public void Objectives_other_than_binary_logistic_are_refused(string objective, string expected)
    {
        var error = Assert.Throws<ScoringException>(() => ModelLoader.Parse(SomeModels.XGBoost(objective: objective).ToJsonString(), "m.json"));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void A_multiclass_model_is_refused()
    {
        var model = SomeModels.XGBoost();
        model["learner"]!["learner_model_param"]!["num_class"] = "3";
        Assert.Contains("multiclass model with 3 classes", Assert.Throws<ScoringException>(() => ModelLoader.Parse(model.ToJsonString(), "m.json")).Message);
    }

    [Fact]
    public void A_dart_booster_is_refused()
    {
        var model = SomeModels.XGBoost();
        model["learner"]!["gradient_booster"]!["name"] = "dart";
        Assert.Contains("booster 'dart'", Assert.Throws<ScoringException>(() => ModelLoader.Parse(model.ToJsonString(), "m.json")).Message);
    }

    [Fact]
    public void An_invalid_base_score_is_refused_rather_than_defaulted()
    {
        var error = Assert.Throws<ScoringException>(() => ModelLoader.Parse(SomeModels.XGBoost("[1.5E0]").ToJsonString(), "m.json"));
        Assert.Contains("base_score '[1.5E0]'", error.Message);
    }

    [Fact]
    public void A_file_that_is_neither_format_is_refused()
    {
        var error = Assert.Throws<ScoringException>(() => ModelLoader.Parse("lead_id,score\n", "scores.csv"));
        Assert.StartsWith("scores.csv: not a readable model", error.Message);
    }

    [Fact]
    public void A_missing_model_file_says_so()
    {
        var error = Assert.Throws<ScoringException>(() => ModelLoader.Load("/no/such/model.json"));
        Assert.Contains("model file not found", error.Message);
    }

    [Fact]
    public void Without_feature_names_features_are_named_f0_to_fn()
    {
        var model = SomeModels.XGBoost();
        ((JsonObject)model["learner"]!).Remove("feature_names");
        Assert.Equal(["f0", "f1"], ModelLoader.Parse(model.ToJsonString(), "m.json").FeatureNames);
    }

    private static float[] Margins(LeadScore.Engine.Model.TreeEnsemble model, float[]? rows = null)
    {
        rows ??= [0.4f, 0.5f, 0.5f, 3f, float.NaN, float.NaN, 0.5f, 1f, 2f, 0f];
        var block = FeatureBlock.FromRows(rows, 2);
        var output = new ScoreBlock(2, block.Stride, withShap: false);
        new EnsembleScorer(model).Score(block, output, 0, block.Count);
        return output.Margin[..block.Count].ToArray();
    }
}
