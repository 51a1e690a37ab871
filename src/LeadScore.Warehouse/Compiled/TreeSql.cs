using LeadScore.Engine.Model;
using LeadScore.Warehouse.Dialects;

namespace LeadScore.Warehouse.Compiled;

/// <summary>
/// One tree as one SQL expression: nested CASEs following the engine's decisions (<see cref="Float32Split"/>),
/// missing values (NULL) sent the way each split learned, leaves exact float32 values, rounded to float32 as a whole.
/// </summary>
internal static class TreeSql
{
    /// <summary>The tree's output; <paramref name="features"/> names the column each feature index is read from.</summary>
    public static string Expression(DecisionTree tree, IReadOnlyList<string> features, SqlDialect dialect) =>
        dialect.AsFloat32(Node(tree, 0, features, dialect));

    private static string Node(DecisionTree tree, int node, IReadOnlyList<string> features, SqlDialect dialect)
    {
        if (tree.IsLeaf(node)) return dialect.Double((float)tree.LeafValue[node]);
        return $"CASE WHEN {GoesLeft(tree, node, features, dialect)} THEN {Node(tree, tree.Left[node], features, dialect)} ELSE {Node(tree, tree.Right[node], features, dialect)} END";
    }

    /// <summary>The condition under which a row goes left at an internal node: the float32 test, or NULL where the split's default is left.</summary>
    public static string GoesLeft(DecisionTree tree, int node, IReadOnlyList<string> features, SqlDialect dialect)
    {
        var x = features[tree.Feature[node]];
        var split = Float32Split.For(tree.Threshold[node]);
        var test = $"{x} {(split.Inclusive ? "<=" : "<")} {dialect.Double(split.Bound)}";
        return tree.DefaultLeft[node] ? $"{x} IS NULL OR {test}" : test;
    }
}
