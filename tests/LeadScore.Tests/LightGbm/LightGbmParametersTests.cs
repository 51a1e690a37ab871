using LeadScore.LightGbm;

namespace LeadScore.Tests.LightGbm;

public sealed class LightGbmParametersTests
{
    [Fact]
    public void Default_parameters_render_one_thread_deterministic_and_silent()
    {
        string text = new LightGbmParameters().ToString();

        Assert.Equal(
            "objective=binary num_leaves=31 max_depth=-1 learning_rate=0.1 min_data_in_leaf=20 feature_fraction=1 "
            + "bagging_fraction=1 bagging_freq=0 lambda_l1=0 lambda_l2=0 min_sum_hessian_in_leaf=0.001 min_gain_to_split=0 "
            + "scale_pos_weight=1 seed=0 num_threads=1 deterministic=true "
            + "force_row_wise=true verbosity=-1",
            text);
    }

    [Fact]
    public void Training_settings_from_xgboost_have_their_lightgbm_names()
    {
        string text = new LightGbmParameters { MinSumHessianInLeaf = 30, MinGainToSplit = 0.3, ScalePosWeight = 40.9932, Metric = "auc" }.ToString();

        Assert.Contains("min_sum_hessian_in_leaf=30 min_gain_to_split=0.3 scale_pos_weight=40.9932 metric=auc seed=0", text, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LightGbmParameters { ScalePosWeight = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LightGbmParameters { MinGainToSplit = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LightGbmParameters { Metric = "auc binary" });
    }

    [Fact]
    public void Changed_values_render_with_invariant_culture_and_full_precision()
    {
        string text = new LightGbmParameters { LearningRate = 0.05, LambdaL2 = 1.5, NumThreads = 2, Deterministic = false }.ToString();

        Assert.Contains("learning_rate=0.05 ", text, StringComparison.Ordinal);
        Assert.Contains("lambda_l2=1.5 ", text, StringComparison.Ordinal);
        Assert.Contains("num_threads=2 deterministic=false verbosity=-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("force_row_wise", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void A_learning_rate_outside_zero_to_one_is_rejected_when_constructed(double learningRate)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LightGbmParameters { LearningRate = learningRate });

        Assert.StartsWith("learning_rate must be in (0, 1]", error.Message, StringComparison.Ordinal);
        Assert.Equal(nameof(LightGbmParameters.LearningRate), error.ParamName);
    }

    [Fact]
    public void Other_out_of_range_values_are_rejected_when_constructed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LightGbmParameters { NumLeaves = 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LightGbmParameters { MaxDepth = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LightGbmParameters { NumThreads = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LightGbmParameters { FeatureFraction = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LightGbmParameters { LambdaL1 = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new LightGbmParameters { Objective = "binary num_leaves=2" });
    }

    [Fact]
    public void Parameters_are_a_value_that_with_expressions_copy_and_revalidate()
    {
        var baseline = new LightGbmParameters();
        var tuned = baseline with { NumLeaves = 63 };

        Assert.Equal(new LightGbmParameters(), baseline);
        Assert.Equal(63, tuned.NumLeaves);
        Assert.Throws<ArgumentOutOfRangeException>(() => baseline with { NumLeaves = -5 });
    }
}
