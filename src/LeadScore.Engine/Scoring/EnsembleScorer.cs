using System.Runtime.CompilerServices;
using LeadScore.Engine.Explain;
using LeadScore.Engine.Model;

namespace LeadScore.Engine.Scoring;

/// <summary>
/// Scores and explains rows of a <see cref="FeatureBlock"/> with one model. Trees of depth ≤ 2 run through
/// precomputed tables with SIMD (<see cref="ShapTable"/>), depth-3 trees through scalar table lookups, deeper
/// trees through the general walk and recursive TreeSHAP. Margins are summed in float32 in tree order from the base margin, exactly as XGBoost does.
/// Thread-safe: workers may score disjoint row ranges of the same block at once.
/// </summary>
public sealed partial class EnsembleScorer
{
    private const int TileRows = 1024;
    private readonly TreeEnsemble model;
    private readonly ShapTable?[] tables;
    private readonly TableKernel? kernel;
    private readonly float bias;
    private readonly bool generalTrees;

    [ThreadStatic] private static Scratch? scratch;

    public EnsembleScorer(TreeEnsemble model, bool useTables = true)
    {
        this.model = model;
        bool simd = useTables && TableKernel.IsSupported;
        tables = model.Trees.Select(t => simd && ShapTable.Fits(t) ? ShapTable.Build(t) : null).ToArray();
        kernel = simd ? new TableKernel(tables) : null;
        bias = (float)model.ExpectedMargin;
        generalTrees = tables.Any(t => t is null);
    }

    public TreeEnsemble Model => model;

    public int FeatureCount => model.FeatureNames.Count;

    /// <summary>How many trees run through tables rather than the general path.</summary>
    public int TabulatedTrees => tables.Count(t => t is not null);

    /// <summary>Margins and probabilities for rows [start, start + count) of the block.</summary>
    public void Score(FeatureBlock block, ScoreBlock output, int start, int count) => Run(block, output, start, count, false);

    /// <summary>Margins, probabilities and SHAP values (plus bias) for rows [start, start + count).</summary>
    public void Explain(FeatureBlock block, ScoreBlock output, int start, int count) => Run(block, output, start, count, true);

    private void Run(FeatureBlock block, ScoreBlock output, int start, int count, bool explain)
    {
        if (block.FeatureCount != FeatureCount || output.FeatureCount != FeatureCount)
            throw new ArgumentException("block, output and model have different feature counts");
        // The kernels write whole vectors up to the block's stride through pointers: the output must have room.
        if (output.Stride < block.Stride) throw new ArgumentException("the output block is smaller than the input block");
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, block.Count);
        if (explain && !output.HasShap) throw new ArgumentException("the output block has no room for SHAP values");
        for (int tile = start; tile < start + count; tile += TileRows)
        {
            int rows = Math.Min(TileRows, start + count - tile);
            output.Margin.Slice(tile, rows).Fill(model.BaseMargin);
            if (explain)
            {
                for (int f = 0; f < FeatureCount; f++) output.ShapColumn(f).Slice(tile, rows).Clear();
                output.ShapColumn(FeatureCount).Slice(tile, rows).Fill(bias);
            }
            RunTile(block, output, tile, rows, explain);
            Sigmoid.Apply(output.Margin.Slice(tile, rows), output.Probability.Slice(tile, rows), model.SigmoidScale);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RunTile(FeatureBlock block, ScoreBlock output, int start, int rows, bool explain)
    {
        bool missing = block.HasMissing(start, rows);
        // The kernel works on whole vectors; the block's padding makes the rounded-up range safe to compute.
        int vectorRows = Math.Min(FeatureBlock.RoundUp(rows), block.Stride - start);
        var s = scratch ??= new Scratch();
        s.Prepare(FeatureCount, rows, explain, generalTrees);
        for (int t = 0; t < tables.Length;)
        {
            var table = tables[t];
            if (table is { Depth: 2 })
            {
                int end = t + 1;
                while (end < tables.Length && tables[end] is { Depth: 2 }) end++;
                kernel!.Run(t, end, block, output, start, vectorRows, explain, missing);
                t = end;
                continue;
            }
            if (table is not null) TableTree(table, block, output, start, rows, explain);
            else GeneralTree(model.Trees[t], block, output, start, rows, explain, s);
            t++;
        }
        if (explain && s.UsedGeneral) s.FlushPhi(output, start, rows);
    }
}
