using System.Runtime.CompilerServices;
using LeadScore.Engine.Explain;
using LeadScore.Engine.Model;

namespace LeadScore.Engine.Scoring;

public sealed partial class EnsembleScorer
{
    // Depth-3 tables: one code per row (seven comparisons), then one lookup per output.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void TableTree(ShapTable table, FeatureBlock block, ScoreBlock output, int start, int rows, bool explain)
    {
        var phi = table.PhiFeature;
        var margin = output.Margin;
        for (int i = 0; i < rows; i++)
        {
            int row = start + i;
            int code = table.CodeOf(block, row);
            margin[row] += table.LeafByCode[code];
            if (!explain) continue;
            for (int j = 0; j < phi.Length; j++) output.Shap[row, phi[j]] += table.PhiByCode[j][code];
        }
    }

    // Trees too deep for tables: walk each row, and run recursive TreeSHAP on its directions at every split.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void GeneralTree(DecisionTree tree, FeatureBlock block, ScoreBlock output, int start, int rows,
        bool explain, Scratch s)
    {
        var x = block.Data;
        var margin = output.Margin;
        for (int i = 0; i < rows; i++)
        {
            int row = start + i;
            int node = 0;
            while (!tree.IsLeaf(node)) node = tree.Next(node, x[row, tree.Feature[node]]);
            margin[row] += (float)tree.LeafValue[node];
            if (!explain) continue;
            TreeShap.Accumulate(tree, new RowDirections(tree, x, row), s.Phi.AsSpan(i * s.Features, s.Features), s.Path);
            s.UsedGeneral = true;
        }
    }

    /// <summary>A block row's direction at each split, read when TreeSHAP asks for it.</summary>
    private readonly struct RowDirections(DecisionTree tree, AlignedColumns x, int row) : ISplitDirections
    {
        public bool GoesLeft(int node) => tree.Next(node, x[row, tree.Feature[node]]) == tree.Left[node];
    }

    /// <summary>Per-thread working memory, reused across tiles.</summary>
    private sealed class Scratch
    {
        public double[] Phi = [];
        public int Features;
        public bool UsedGeneral;
        public readonly ShapPath Path = new();

        public void Prepare(int features, int rows, bool explain, bool generalTrees)
        {
            Features = features;
            UsedGeneral = false;
            if (!explain || !generalTrees) return;
            if (Phi.Length < features * rows) Phi = new double[features * rows];
            Array.Clear(Phi, 0, features * rows);
        }

        // General-path contributions are summed in double per row and added once per tile.
        public void FlushPhi(ScoreBlock output, int start, int rows)
        {
            for (int f = 0; f < Features; f++)
            {
                var column = output.ShapColumn(f);
                for (int i = 0; i < rows; i++) column[start + i] += (float)Phi[i * Features + f];
            }
        }
    }
}
