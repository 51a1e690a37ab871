using LeadScore.Engine.Model;
using LeadScore.Warehouse.Compiled;

namespace LeadScore.Tests.Warehouse.Compiled;

/// <summary>
/// The arithmetic of the BigQuery SQL, in C#: each split as its double test (<see cref="Float32Split"/>), a missing
/// value by the split's default direction, leaves as their float32 values, the margin summed in FLOAT64 in tree order
/// from the base margin (BigQuery has no float32), the sigmoid in FLOAT64.
/// </summary>
public static class Float64Scoring
{
    /// <summary>The leaf of each tree a row reaches through the double tests; <paramref name="feature"/> gives NaN for NULL.</summary>
    public static IEnumerable<float> Leaves(TreeEnsemble model, Func<int, double> feature)
    {
        foreach (var tree in model.Trees)
        {
            int node = 0;
            while (!tree.IsLeaf(node))
            {
                double x = feature(tree.Feature[node]);
                bool left = double.IsNaN(x) ? tree.DefaultLeft[node] : Float32Split.For(tree.Threshold[node]).Left(x);
                node = left ? tree.Left[node] : tree.Right[node];
            }
            yield return (float)tree.LeafValue[node];
        }
    }

    public static double Margin(TreeEnsemble model, Func<int, double> feature)
    {
        double margin = model.BaseMargin;
        foreach (var leaf in Leaves(model, feature)) margin += leaf;
        return margin;
    }

    /// <summary>The same leaves summed in float32, as the engine (and DuckDB, PostgreSQL) sum them.</summary>
    public static float Float32Margin(TreeEnsemble model, Func<int, double> feature)
    {
        float margin = model.BaseMargin;
        foreach (var leaf in Leaves(model, feature)) margin += leaf;
        return margin;
    }

    /// <summary>1 / (1 + EXP(-GREATEST(margin, -88.7f))) in FLOAT64, as the BigQuery query computes it (scale 1).</summary>
    public static double Probability(double margin) => 1.0 / (1.0 + Math.Exp(-Math.Max(margin, (double)-88.7f)));
}
