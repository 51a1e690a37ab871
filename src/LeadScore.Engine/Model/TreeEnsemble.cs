namespace LeadScore.Engine.Model;

/// <summary>
/// A binary-classification tree ensemble: margin = <see cref="BaseMargin"/> + Σ tree outputs, in float32 and in
/// tree order (as XGBoost sums); probability = sigmoid(<see cref="SigmoidScale"/> × margin). Immutable.
/// </summary>
public sealed class TreeEnsemble
{
    public TreeEnsemble(string source, ModelFormat format, IReadOnlyList<string> featureNames,
        IReadOnlyList<DecisionTree> trees, float baseMargin, double sigmoidScale = 1.0,
        int? bestIteration = null, int treesPerIteration = 1, string? producer = null)
    {
        if (featureNames.Count == 0) throw new ArgumentException("a model needs at least one feature");
        if (trees.Count == 0) throw new ArgumentException("a model needs at least one tree");
        foreach (var tree in trees)
            for (int n = 0; n < tree.NodeCount; n++)
                if (!tree.IsLeaf(n) && (uint)tree.Feature[n] >= (uint)featureNames.Count)
                    throw new ArgumentException($"a split uses feature {tree.Feature[n]}, beyond the model's {featureNames.Count} features");
        Source = source;
        Format = format;
        FeatureNames = featureNames;
        Trees = trees;
        BaseMargin = baseMargin;
        SigmoidScale = sigmoidScale;
        BestIteration = bestIteration;
        TreesPerIteration = Math.Max(1, treesPerIteration);
        Producer = producer ?? format.ToString();
    }

    /// <summary>Where the model came from (a file path), for messages.</summary>
    public string Source { get; }

    public ModelFormat Format { get; }

    /// <summary>The ordered input features; a tree's feature index points into this list.</summary>
    public IReadOnlyList<string> FeatureNames { get; }

    public IReadOnlyList<DecisionTree> Trees { get; }

    /// <summary>Margin before any tree: logit(base_score) for XGBoost, 0 for LightGBM (its first tree holds it).</summary>
    public float BaseMargin { get; }

    /// <summary>probability = 1 / (1 + exp(-scale × margin)); 1 except for LightGBM's sigmoid parameter.</summary>
    public double SigmoidScale { get; }

    /// <summary>The early-stopping iteration recorded in the file, if any (0-based).</summary>
    public int? BestIteration { get; }

    public int TreesPerIteration { get; }

    /// <summary>What wrote the file, e.g. "XGBoost 3.1.1".</summary>
    public string Producer { get; }

    public int MaxDepth => Trees.Max(t => t.Depth);

    /// <summary>SHAP bias: the expected margin over the training data, as xgboost and LightGBM report it.</summary>
    public double ExpectedMargin => BaseMargin + Trees.Sum(t => t.ExpectedValue);

    /// <summary>The same model keeping only iterations 0..<paramref name="lastIteration"/>.</summary>
    public TreeEnsemble UpToIteration(int lastIteration)
    {
        int keep = Math.Min(Trees.Count, (lastIteration + 1) * TreesPerIteration);
        if (keep <= 0) throw new ArgumentOutOfRangeException(nameof(lastIteration));
        return new TreeEnsemble(Source, Format, FeatureNames, Trees.Take(keep).ToArray(), BaseMargin, SigmoidScale,
            BestIteration, TreesPerIteration, Producer);
    }
}
