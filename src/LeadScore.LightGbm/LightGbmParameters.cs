using System.Globalization;
using System.Text;

namespace LeadScore.LightGbm;

/// <summary>
/// A small, validated subset of LightGBM's training parameters. Each value is checked when it
/// is set (so <c>new LightGbmParameters { LearningRate = 2 }</c> throws), and
/// <see cref="ToString"/> renders LightGBM's "key=value key=value" form. Defaults favour
/// reproducibility: one thread, deterministic training, no console output.
/// </summary>
public sealed record LightGbmParameters
{
    /// <summary>LightGBM objective, e.g. "binary" (default), "regression", "cross_entropy".</summary>
    public string Objective
    {
        get;
        init => field = !string.IsNullOrWhiteSpace(value) && !value.Any(c => char.IsWhiteSpace(c) || c == '=')
            ? value
            : throw Invalid(nameof(Objective), value, "objective must be a single non-empty word");
    } = "binary";

    /// <summary>Maximum leaves per tree (num_leaves), in [2, 131072]. Default 31.</summary>
    public int NumLeaves
    {
        get;
        init => field = value is >= 2 and <= 131072 ? value : throw Invalid(nameof(NumLeaves), value, "num_leaves must be in [2, 131072]");
    } = 31;

    /// <summary>Maximum tree depth (max_depth); -1 means no limit. Default -1.</summary>
    public int MaxDepth
    {
        get;
        init => field = value == -1 || value > 0 ? value : throw Invalid(nameof(MaxDepth), value, "max_depth must be -1 (no limit) or positive");
    } = -1;

    /// <summary>Shrinkage (learning_rate), in (0, 1]. Default 0.1.</summary>
    public double LearningRate
    {
        get;
        init => field = value > 0 && value <= 1 ? value : throw Invalid(nameof(LearningRate), value, "learning_rate must be in (0, 1]");
    } = 0.1;

    /// <summary>Minimum rows per leaf (min_data_in_leaf), at least 0. Default 20.</summary>
    public int MinDataInLeaf
    {
        get;
        init => field = value >= 0 ? value : throw Invalid(nameof(MinDataInLeaf), value, "min_data_in_leaf must be >= 0");
    } = 20;

    /// <summary>Share of features sampled per tree (feature_fraction), in (0, 1]. Default 1.</summary>
    public double FeatureFraction
    {
        get;
        init => field = value > 0 && value <= 1 ? value : throw Invalid(nameof(FeatureFraction), value, "feature_fraction must be in (0, 1]");
    } = 1.0;

    /// <summary>Share of rows sampled (bagging_fraction), in (0, 1]; only used when <see cref="BaggingFrequency"/> &gt; 0. Default 1.</summary>
    public double BaggingFraction
    {
        get;
        init => field = value > 0 && value <= 1 ? value : throw Invalid(nameof(BaggingFraction), value, "bagging_fraction must be in (0, 1]");
    } = 1.0;

    /// <summary>Re-sample rows every k iterations (bagging_freq); 0 disables bagging. Default 0.</summary>
    public int BaggingFrequency
    {
        get;
        init => field = value >= 0 ? value : throw Invalid(nameof(BaggingFrequency), value, "bagging_freq must be >= 0");
    }

    /// <summary>L1 regularisation (lambda_l1), finite and &gt;= 0. Default 0.</summary>
    public double LambdaL1
    {
        get;
        init => field = double.IsFinite(value) && value >= 0 ? value : throw Invalid(nameof(LambdaL1), value, "lambda_l1 must be finite and >= 0");
    }

    /// <summary>L2 regularisation (lambda_l2), finite and &gt;= 0. Default 0.</summary>
    public double LambdaL2
    {
        get;
        init => field = double.IsFinite(value) && value >= 0 ? value : throw Invalid(nameof(LambdaL2), value, "lambda_l2 must be finite and >= 0");
    }

    /// <summary>Minimum sum of hessians per leaf (min_sum_hessian_in_leaf), finite and &gt;= 0: XGBoost's min_child_weight. Default 1e-3.</summary>
    public double MinSumHessianInLeaf
    {
        get;
        init => field = double.IsFinite(value) && value >= 0 ? value : throw Invalid(nameof(MinSumHessianInLeaf), value, "min_sum_hessian_in_leaf must be finite and >= 0");
    } = 1e-3;

    /// <summary>Minimum loss reduction to split (min_gain_to_split), finite and &gt;= 0: XGBoost's gamma. Default 0.</summary>
    public double MinGainToSplit
    {
        get;
        init => field = double.IsFinite(value) && value >= 0 ? value : throw Invalid(nameof(MinGainToSplit), value, "min_gain_to_split must be finite and >= 0");
    }

    /// <summary>Weight of positive rows in the binary objective (scale_pos_weight), finite and &gt; 0. Default 1.</summary>
    public double ScalePosWeight
    {
        get;
        init => field = double.IsFinite(value) && value > 0 ? value : throw Invalid(nameof(ScalePosWeight), value, "scale_pos_weight must be finite and > 0");
    } = 1.0;

    /// <summary>Metric(s) LightGBM reports on each dataset (metric), e.g. "binary_logloss" or "auc"; empty = the objective's default.</summary>
    public string Metric
    {
        get;
        init => field = value is not null && !value.Any(c => char.IsWhiteSpace(c) || c == '=')
            ? value
            : throw Invalid(nameof(Metric), value, "metric must be one word (several separated by commas)");
    } = "";

    /// <summary>Master seed (seed) from which LightGBM derives its other seeds. Default 0.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// OpenMP threads (num_threads), at least 1. Default 1: on 2-core machines whose other core
    /// is busy, spinning OpenMP workers made 2 threads 20-40x slower than 1.
    /// </summary>
    public int NumThreads
    {
        get;
        init => field = value >= 1 ? value : throw Invalid(nameof(NumThreads), value, "num_threads must be >= 1");
    } = ParameterText.DefaultNumThreads;

    /// <summary>
    /// Same inputs, parameters and thread count give the same model (deterministic). Default true;
    /// also forces row-wise histograms, because LightGBM otherwise picks row- or column-wise by timing.
    /// </summary>
    public bool Deterministic { get; init; } = true;

    /// <summary>LightGBM log level (verbosity); -1 silences everything but fatal errors. Default -1.</summary>
    public int Verbosity { get; init; } = -1;

    /// <summary>Renders the parameters as LightGBM's "key=value key=value" string.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        Append(text, "objective", Objective);
        Append(text, "num_leaves", NumLeaves);
        Append(text, "max_depth", MaxDepth);
        Append(text, "learning_rate", LearningRate);
        Append(text, "min_data_in_leaf", MinDataInLeaf);
        Append(text, "feature_fraction", FeatureFraction);
        Append(text, "bagging_fraction", BaggingFraction);
        Append(text, "bagging_freq", BaggingFrequency);
        Append(text, "lambda_l1", LambdaL1);
        Append(text, "lambda_l2", LambdaL2);
        Append(text, "min_sum_hessian_in_leaf", MinSumHessianInLeaf);
        Append(text, "min_gain_to_split", MinGainToSplit);
        Append(text, "scale_pos_weight", ScalePosWeight);
        if (Metric.Length > 0)
        {
            Append(text, "metric", Metric);
        }

        Append(text, "seed", Seed);
        Append(text, "num_threads", NumThreads);
        Append(text, "deterministic", Deterministic ? "true" : "false");
        if (Deterministic)
        {
            Append(text, "force_row_wise", "true");
        }

        Append(text, "verbosity", Verbosity);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string key, string value) =>
        text.Append(text.Length == 0 ? "" : " ").Append(key).Append('=').Append(value);

    private static void Append(StringBuilder text, string key, int value) =>
        Append(text, key, value.ToString(CultureInfo.InvariantCulture));

    // "R" round-trips, so LightGBM sees exactly the double the caller set.
    private static void Append(StringBuilder text, string key, double value) =>
        Append(text, key, value.ToString("R", CultureInfo.InvariantCulture));

    private static ArgumentOutOfRangeException Invalid(string property, object? value, string rule) =>
        new(property, value, rule);
}
