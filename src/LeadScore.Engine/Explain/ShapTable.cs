using LeadScore.Engine.Model;
using LeadScore.Engine.Scoring;

namespace LeadScore.Engine.Explain;

/// <summary>
/// Precomputed outputs of a shallow tree. Its splits sit in the slots of a complete tree of depth
/// <see cref="Depth"/> (slot 0 the root, slot k's children at 2k+1 and 2k+2), and a row is summarised by a code
/// with bit k set when the row goes left at slot k. The leaf and the exact SHAP vector depend on nothing else,
/// so both are tabulated once per code: for depth 2, three comparisons and an 8-entry lookup explain a row.
/// </summary>
internal sealed class ShapTable
{
    public const int MaxDepth = 3;

    private ShapTable(DecisionTree tree, int depth, int[] slotNode, float[] leafByCode, int[] phiFeature, float[][] phiByCode)
    {
        Tree = tree;
        Depth = depth;
        SlotNode = slotNode;
        LeafByCode = leafByCode;
        PhiFeature = phiFeature;
        PhiByCode = phiByCode;
    }

    public DecisionTree Tree { get; }

    /// <summary>2 (3 slots, 8 codes) or 3 (7 slots, 128 codes).</summary>
    public int Depth { get; }

    public int SlotCount => SlotNode.Length;

    public int CodeCount => LeafByCode.Length;

    /// <summary>The tree node in each slot, or -1 when the slot holds no split.</summary>
    public int[] SlotNode { get; }

    public float[] LeafByCode { get; }

    /// <summary>The distinct features the tree splits on.</summary>
    public int[] PhiFeature { get; }

    /// <summary>For each entry of <see cref="PhiFeature"/>, that feature's SHAP value by code.</summary>
    public float[][] PhiByCode { get; }

    public static bool Fits(DecisionTree tree) => tree.Depth <= MaxDepth;

    public static ShapTable Build(DecisionTree tree)
    {
        if (!Fits(tree)) throw new ArgumentException($"only trees of depth ≤ {MaxDepth} are tabulated");
        int depth = Math.Max(2, tree.Depth);
        var slotNode = new int[(1 << depth) - 1];
        Array.Fill(slotNode, -1);
        Place(tree, 0, 0, slotNode);
        var features = slotNode.Where(n => n >= 0).Select(n => tree.Feature[n]).Distinct().ToArray();
        int codes = 1 << slotNode.Length;
        var leaf = new float[codes];
        var phiByCode = features.Select(_ => new float[codes]).ToArray();
        var goesLeft = new bool[tree.NodeCount];
        var phi = new double[tree.Feature.Max() + 1];
        var path = new ShapPath();
        for (int code = 0; code < codes; code++)
        {
            for (int k = 0; k < slotNode.Length; k++)
                if (slotNode[k] >= 0) goesLeft[slotNode[k]] = (code >> k & 1) == 1;
            leaf[code] = (float)tree.LeafValue[Walk(tree, goesLeft)];
            Array.Clear(phi);
            TreeShap.Accumulate(tree, new TreeShap.Flags(goesLeft), phi, path);
            for (int j = 0; j < features.Length; j++) phiByCode[j][code] = (float)phi[features[j]];
        }
        return new ShapTable(tree, depth, slotNode, leaf, features, phiByCode);
    }

    /// <summary>The code of one row of a column-major block.</summary>
    public int CodeOf(FeatureBlock block, int row)
    {
        int code = 0;
        for (int k = 0; k < SlotNode.Length; k++)
        {
            int node = SlotNode[k];
            if (node < 0) continue;
            float v = block[row, Tree.Feature[node]];
            if (float.IsNaN(v) ? Tree.DefaultLeft[node] : v < Tree.Threshold[node]) code |= 1 << k;
        }
        return code;
    }

    private static void Place(DecisionTree tree, int node, int slot, int[] slotNode)
    {
        if (tree.IsLeaf(node)) return;
        slotNode[slot] = node;
        Place(tree, tree.Left[node], 2 * slot + 1, slotNode);
        Place(tree, tree.Right[node], 2 * slot + 2, slotNode);
    }

    private static int Walk(DecisionTree tree, bool[] goesLeft)
    {
        int node = 0;
        while (!tree.IsLeaf(node)) node = goesLeft[node] ? tree.Left[node] : tree.Right[node];
        return node;
    }
}
