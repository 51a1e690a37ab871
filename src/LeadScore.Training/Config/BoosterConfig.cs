using LeadScore.LightGbm;

namespace LeadScore.Training.Config;

/// <summary>
/// LightGBM settings. <see cref="ScalePosWeight"/> null means "auto": negatives / positives of the rows trained on,
/// as R3 set it. Values are checked by <see cref="LightGbmParameters"/> when the parameters are built.
/// </summary>
public sealed record BoosterConfig
{
    public int MaxDepth { get; init; } = -1;
    public int NumLeaves { get; init; } = 31;
    public double LearningRate { get; init; } = 0.1;
    public double LambdaL1 { get; init; }
    public double LambdaL2 { get; init; }
    public double MinGainToSplit { get; init; }
    public double BaggingFraction { get; init; } = 1;
    public int BaggingFreq { get; init; }
    public double FeatureFraction { get; init; } = 1;
    public double? ScalePosWeight { get; init; }
    public double MinSumHessianInLeaf { get; init; } = 1e-3;
    public int MinDataInLeaf { get; init; } = 20;
    public int Seed { get; init; }
    public int NumThreads { get; init; } = 1;

    /// <summary>The LightGBM parameters for rows with this many negatives and positives.</summary>
    public LightGbmParameters ToParameters(int negatives, int positives, string metric) => new()
    {
        Objective = "binary",
        MaxDepth = MaxDepth,
        NumLeaves = NumLeaves,
        LearningRate = LearningRate,
        LambdaL1 = LambdaL1,
        LambdaL2 = LambdaL2,
        MinGainToSplit = MinGainToSplit,
        BaggingFraction = BaggingFraction,
        BaggingFrequency = BaggingFreq,
        FeatureFraction = FeatureFraction,
        ScalePosWeight = ResolvedScalePosWeight(negatives, positives),
        MinSumHessianInLeaf = MinSumHessianInLeaf,
        MinDataInLeaf = MinDataInLeaf,
        Seed = Seed,
        NumThreads = NumThreads,
        Metric = metric,
    };

    public double ResolvedScalePosWeight(int negatives, int positives) =>
        ScalePosWeight ?? (positives == 0 ? 1 : (double)negatives / positives);

    /// <summary>A copy with one parameter set by its LightGBM name (used by the search and the config reader).</summary>
    public BoosterConfig With(string parameter, double value) => parameter switch
    {
        "max_depth" => this with { MaxDepth = (int)value },
        "num_leaves" => this with { NumLeaves = (int)value },
        "learning_rate" => this with { LearningRate = value },
        "lambda_l1" => this with { LambdaL1 = value },
        "lambda_l2" => this with { LambdaL2 = value },
        "min_gain_to_split" => this with { MinGainToSplit = value },
        "bagging_fraction" => this with { BaggingFraction = value },
        "bagging_freq" => this with { BaggingFreq = (int)value },
        "feature_fraction" => this with { FeatureFraction = value },
        "scale_pos_weight" => this with { ScalePosWeight = value },
        "min_sum_hessian_in_leaf" => this with { MinSumHessianInLeaf = value },
        "min_data_in_leaf" => this with { MinDataInLeaf = (int)value },
        "seed" => this with { Seed = (int)value },
        "num_threads" => this with { NumThreads = (int)value },
        _ => throw new ArgumentException($"unknown LightGBM parameter '{parameter}'", nameof(parameter)),
    };

    /// <summary>The parameter names <see cref="With"/> accepts.</summary>
    public static readonly string[] Names =
    [
        "max_depth", "num_leaves", "learning_rate", "lambda_l1", "lambda_l2", "min_gain_to_split", "bagging_fraction",
        "bagging_freq", "feature_fraction", "scale_pos_weight", "min_sum_hessian_in_leaf", "min_data_in_leaf", "seed", "num_threads",
    ];

    /// <summary>Each parameter by its LightGBM name, for the config written with the model.</summary>
    public IReadOnlyDictionary<string, object?> ToDictionary() => new Dictionary<string, object?>
    {
        ["max_depth"] = MaxDepth, ["num_leaves"] = NumLeaves, ["learning_rate"] = LearningRate, ["lambda_l1"] = LambdaL1,
        ["lambda_l2"] = LambdaL2, ["min_gain_to_split"] = MinGainToSplit, ["bagging_fraction"] = BaggingFraction,
        ["bagging_freq"] = BaggingFreq, ["feature_fraction"] = FeatureFraction, ["scale_pos_weight"] = ScalePosWeight is null ? "auto" : ScalePosWeight,
        ["min_sum_hessian_in_leaf"] = MinSumHessianInLeaf, ["min_data_in_leaf"] = MinDataInLeaf, ["seed"] = Seed, ["num_threads"] = NumThreads,
    };
}
