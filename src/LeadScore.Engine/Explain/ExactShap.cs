using LeadScore.Engine.Model;

namespace LeadScore.Engine.Explain;

/// <summary>
/// TreeSHAP for one row in double precision end to end: no tables, no float32 accumulation. Slower than the
/// scorer's explain path; meant for audits and for checking against a library's own contributions.
/// </summary>
public static class ExactShap
{
    /// <summary>One contribution per model feature (log-odds), then the bias; they sum to the margin in double.</summary>
    public static double[] Explain(TreeEnsemble model, ReadOnlySpan<float> row)
    {
        if (row.Length != model.FeatureNames.Count)
            throw new ArgumentException($"the row has {row.Length} values but the model has {model.FeatureNames.Count} features", nameof(row));
        var phi = new double[model.FeatureNames.Count + 1];
        var values = row.ToArray();
        var path = new ShapPath();
        foreach (var tree in model.Trees)
            TreeShap.Accumulate(tree, new RowValues(tree, values), phi.AsSpan(0, values.Length), path);
        phi[^1] = model.ExpectedMargin;
        return phi;
    }

    private readonly struct RowValues(DecisionTree tree, float[] row) : ISplitDirections
    {
        public bool GoesLeft(int node) => tree.Next(node, row[tree.Feature[node]]) == tree.Left[node];
    }
}
