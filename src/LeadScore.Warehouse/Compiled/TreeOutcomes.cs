using LeadScore.Engine.Explain;
using LeadScore.Engine.Model;

namespace LeadScore.Warehouse.Compiled;

/// <summary>
/// A tree of depth ≤ 2 as its outcomes: a row's path-dependent SHAP vector for the tree depends only on the way it
/// goes at each of the (at most three) splits, so the tree's splits sit in slots (0 the root, 1 and 2 its children)
/// and an outcome is a code with bit k set when the row goes left at slot k, as the engine's tables number them.
/// Each outcome that some row can reach is explained by the engine's own TreeSHAP (<see cref="ExactShap"/>) on a
/// row that reaches it, and rounded to float32 as the engine's tables are.
/// </summary>
internal sealed class TreeOutcomes
{
    public const int MaxDepth = 2;

    private TreeOutcomes(int[] slotNode, int[] codes, float[] leafByCode, IReadOnlyList<(int Feature, float[] ByCode)> contributions)
    {
        SlotNode = slotNode;
        Codes = codes;
        LeafByCode = leafByCode;
        Contributions = contributions;
    }

    /// <summary>The tree node in each of the three slots, or -1 when the slot holds no split.</summary>
    public int[] SlotNode { get; }

    /// <summary>The codes some row can reach (two splits on one feature can exclude some), in increasing order.</summary>
    public int[] Codes { get; }

    /// <summary>The tree's output by code (8 entries), float32 as the engine adds it.</summary>
    public float[] LeafByCode { get; }

    /// <summary>Each feature the tree splits on, in order of first use, with its contribution by code (8 entries).</summary>
    public IReadOnlyList<(int Feature, float[] ByCode)> Contributions { get; }

    public static TreeOutcomes Of(TreeEnsemble model, DecisionTree tree)
    {
        if (tree.Depth > MaxDepth) throw new ArgumentException($"only trees of depth ≤ {MaxDepth} have tabulated outcomes", nameof(tree));
        var slotNode = new[] { -1, -1, -1 };
        if (!tree.IsLeaf(0))
        {
            slotNode[0] = 0;
            if (!tree.IsLeaf(tree.Left[0])) slotNode[1] = tree.Left[0];
            if (!tree.IsLeaf(tree.Right[0])) slotNode[2] = tree.Right[0];
        }
        var features = slotNode.Where(n => n >= 0).Select(n => tree.Feature[n]).Distinct().ToArray();
        var alone = new TreeEnsemble(model.Source, model.Format, model.FeatureNames, [tree], 0f);
        var byCode = features.Select(_ => new float[8]).ToArray();
        var codes = new List<int>();
        var leafByCode = new float[8];
        for (int code = 0; code < 8; code++)
        {
            if (slotNode.Select((n, k) => n < 0 && (code >> k & 1) == 1).Any(b => b)) continue; // an empty slot's bit stays 0
            var row = RowReaching(tree, slotNode, code, model.FeatureNames.Count);
            if (row is null) continue;
            codes.Add(code);
            leafByCode[code] = (float)tree.LeafValue[tree.LeafFor(row)];
            var phi = ExactShap.Explain(alone, row);
            for (int j = 0; j < features.Length; j++) byCode[j][code] = (float)phi[features[j]];
        }
        return new TreeOutcomes(slotNode, codes.ToArray(), leafByCode, features.Select((f, j) => (f, byCode[j])).ToArray());
    }

    // A value per split feature that goes the code's way at every slot on that feature, or null when none does.
    // A number goes left below a threshold and right from it on, so if any number does, the largest threshold it must
    // go right of (or -inf) does: trying NaN (each split's default way), -inf and the thresholds is enough.
    private static float[]? RowReaching(DecisionTree tree, int[] slotNode, int code, int featureCount)
    {
        var row = new float[featureCount];
        foreach (var feature in slotNode.Where(n => n >= 0).Select(n => tree.Feature[n]).Distinct())
        {
            var slots = Enumerable.Range(0, 3).Where(k => slotNode[k] >= 0 && tree.Feature[slotNode[k]] == feature).ToArray();
            var candidates = slots.Select(k => tree.Threshold[slotNode[k]]).Prepend(float.NegativeInfinity).Prepend(float.NaN);
            bool Reaches(float value) => slots.All(k => (tree.Next(slotNode[k], value) == tree.Left[slotNode[k]]) == ((code >> k & 1) == 1));
            var found = candidates.Where(Reaches).Take(1).ToArray();
            if (found.Length == 0) return null;
            row[feature] = found[0];
        }
        return row;
    }
}
