namespace LeadScore.Engine.Model;

/// <summary>
/// One binary regression tree in the engine's single representation. Node 0 is the root; a node is a leaf
/// when <see cref="Left"/> is -1. A row goes left when <c>(float)x &lt; Threshold</c>; a missing value (NaN)
/// goes left when <see cref="DefaultLeft"/> is set. Importers translate their format's rule into this one.
/// </summary>
public sealed class DecisionTree
{
    public DecisionTree(int[] left, int[] right, int[] feature, float[] threshold, bool[] defaultLeft,
        double[] leafValue, double[] cover, double[]? gain = null)
    {
        int n = left.Length;
        if (n == 0 || right.Length != n || feature.Length != n || threshold.Length != n || defaultLeft.Length != n
            || leafValue.Length != n || cover.Length != n)
            throw new ArgumentException("all node arrays must have the same, non-zero length");
        if (gain is not null && gain.Length != n) throw new ArgumentException("the gain array must have one value per node");
        Left = left;
        Right = right;
        Feature = feature;
        Threshold = threshold;
        DefaultLeft = defaultLeft;
        LeafValue = leafValue;
        Cover = cover;
        Gain = gain;
        Depth = MeasureDepth(0);
        ExpectedValue = MeanValue(0);
    }

    /// <summary>Left child per node, -1 for a leaf.</summary>
    public int[] Left { get; }

    /// <summary>Right child per node, -1 for a leaf.</summary>
    public int[] Right { get; }

    /// <summary>Split feature index per internal node.</summary>
    public int[] Feature { get; }

    /// <summary>Split threshold per internal node: left when value &lt; threshold, compared in float32.</summary>
    public float[] Threshold { get; }

    /// <summary>Direction of a missing value per internal node.</summary>
    public bool[] DefaultLeft { get; }

    /// <summary>Output per leaf (ignored for internal nodes).</summary>
    public double[] LeafValue { get; }

    /// <summary>Training weight that reached each node: hessian sums (XGBoost) or row counts (LightGBM).</summary>
    public double[] Cover { get; }

    /// <summary>Loss reduction of each internal node's split, as the training library recorded it; null when the file has none.</summary>
    public double[]? Gain { get; }

    /// <summary>Longest root-to-leaf path, in splits.</summary>
    public int Depth { get; }

    /// <summary>Cover-weighted mean of the leaves: the tree's contribution to the SHAP bias.</summary>
    public double ExpectedValue { get; }

    public int NodeCount => Left.Length;

    public bool IsLeaf(int node) => Left[node] < 0;

    /// <summary>The child a row with this value of the split feature follows.</summary>
    public int Next(int node, float value)
    {
        bool left = float.IsNaN(value) ? DefaultLeft[node] : value < Threshold[node];
        return left ? Left[node] : Right[node];
    }

    /// <summary>The leaf a row reaches; <paramref name="row"/> is indexed by feature.</summary>
    public int LeafFor(ReadOnlySpan<float> row)
    {
        int node = 0;
        while (Left[node] >= 0) node = Next(node, row[Feature[node]]);
        return node;
    }

    private int MeasureDepth(int node) =>
        IsLeaf(node) ? 0 : 1 + Math.Max(MeasureDepth(Left[node]), MeasureDepth(Right[node]));

    // Same recursion as xgboost's node mean values: each child weighted by its cover over the parent's own cover.
    private double MeanValue(int node)
    {
        if (IsLeaf(node)) return LeafValue[node];
        int l = Left[node], r = Right[node];
        return Cover[node] == 0
            ? 0.5 * (MeanValue(l) + MeanValue(r))
            : (MeanValue(l) * Cover[l] + MeanValue(r) * Cover[r]) / Cover[node];
    }
}
