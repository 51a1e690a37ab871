using LeadScore.Engine.Explain;
using LeadScore.Engine.Model;
using LeadScore.Engine.Scoring;
using LeadScore.Tests.Support;

namespace LeadScore.Tests.Engine;

public class TreeShapTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Tree_shap_equals_the_shapley_values_of_the_cover_weighted_expectation(int seed)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < 40; trial++)
        {
            var tree = SomeModels.RandomTree(random, depth: 1 + random.Next(5), features: 4);
            var row = SomeModels.RandomRows(seed * 100 + trial, 1, 4);
            var goesLeft = Directions(tree, row);
            var phi = new double[4];
            TreeShap.Accumulate(tree, new TreeShap.Flags(goesLeft), phi, new ShapPath());
            var expected = BruteForceShapley(tree, row, 4);
            for (int f = 0; f < 4; f++) Assert.Equal(expected[f], phi[f], 1e-10);
            Assert.Equal(Leaf(tree, row) - tree.ExpectedValue, phi.Sum(), 1e-10);
        }
    }

    [Theory]
    [InlineData(11, 2)]
    [InlineData(12, 3)]
    [InlineData(13, 6)]
    public void Tables_and_the_simd_kernel_give_what_the_general_recursion_gives(int seed, int maxDepth)
    {
        var model = SomeModels.RandomEnsemble(seed, trees: 60, features: 5, maxDepth: maxDepth);
        var block = FeatureBlock.FromRows(SomeModels.RandomRows(seed, 1000, 5), 5);
        var fast = Explain(new EnsembleScorer(model, useTables: true), block);
        var plain = Explain(new EnsembleScorer(model, useTables: false), block);
        Assert.True(new EnsembleScorer(model).TabulatedTrees > 0);
        for (int row = 0; row < block.Count; row++)
        {
            Assert.Equal(plain.Margin[row], fast.Margin[row]);
            Assert.Equal(plain.Probability[row], fast.Probability[row]);
            for (int f = 0; f <= 5; f++) Assert.Equal(plain.ShapValue(row, f), fast.ShapValue(row, f), 1e-5);
        }
    }

    [Fact]
    public void Every_row_s_contributions_and_bias_add_up_to_its_margin()
    {
        var model = SomeModels.RandomEnsemble(21, trees: 80, features: 6, maxDepth: 5);
        var block = FeatureBlock.FromRows(SomeModels.RandomRows(21, 777, 6), 6);
        var scores = Explain(new EnsembleScorer(model), block);
        for (int row = 0; row < block.Count; row++)
        {
            double sum = 0;
            for (int f = 0; f <= 6; f++) sum += scores.ShapValue(row, f);
            Assert.Equal(scores.Margin[row], sum, 1e-4);
        }
    }

    [Fact]
    public void Scoring_without_shap_gives_the_same_margins_as_explaining()
    {
        var model = SomeModels.RandomEnsemble(31, trees: 50, features: 4, maxDepth: 3);
        var block = FeatureBlock.FromRows(SomeModels.RandomRows(31, 500, 4), 4);
        var explained = Explain(new EnsembleScorer(model), block);
        var scored = new ScoreBlock(4, block.Stride, withShap: false);
        new BatchScorer(new EnsembleScorer(model), 2).Run(block, scored, explain: false);
        Assert.Equal(explained.Margin[..block.Count].ToArray(), scored.Margin[..block.Count].ToArray());
    }

    [Fact]
    public void Top_k_reasons_are_ordered_by_absolute_contribution_and_carry_the_input_value()
    {
        var model = SomeModels.RandomEnsemble(41, trees: 40, features: 5, maxDepth: 3);
        var block = FeatureBlock.FromRows(SomeModels.RandomRows(41, 64, 5, missing: 0), 5);
        var scores = Explain(new EnsembleScorer(model), block);
        var reasons = new ReasonCode[block.Stride * 3];
        ReasonCodes.TopK(block, scores, 0, block.Count, 3, reasons);
        for (int row = 0; row < block.Count; row++)
        {
            var expected = Enumerable.Range(0, 5).Where(f => scores.ShapValue(row, f) != 0)
                .OrderByDescending(f => Math.Abs(scores.ShapValue(row, f))).ThenBy(f => f).Take(3).ToArray();
            var actual = reasons.AsSpan(row * 3, 3).ToArray();
            Assert.Equal(expected, actual.Where(r => r.Feature >= 0).Select(r => r.Feature).ToArray());
            foreach (var r in actual.Where(r => r.Feature >= 0))
            {
                Assert.Equal(block[row, r.Feature], r.Value);
                Assert.Equal(scores.ShapValue(row, r.Feature), r.Contribution);
            }
        }
    }

    [Fact]
    public void A_row_with_fewer_non_zero_contributions_than_k_gets_empty_reasons()
    {
        // One tree splitting on feature 0 only: every row has exactly one non-zero contribution.
        var tree = new DecisionTree([1, -1, -1], [2, -1, -1], [0, 0, 0], [0f, 0, 0], [false, false, false], [0, 1, -1], [10, 5, 5]);
        var model = new TreeEnsemble("one", ModelFormat.XGBoostJson, ["a", "b"], [tree], 0f);
        var block = FeatureBlock.FromRows([-1f, 7f], 2);
        var scores = Explain(new EnsembleScorer(model), block);
        var reasons = new ReasonCode[block.Stride * 2];
        ReasonCodes.TopK(block, scores, 0, 1, 2, reasons);
        Assert.Equal(0, reasons[0].Feature);
        Assert.Equal(1f, reasons[0].Contribution);
        Assert.Equal(-1, reasons[1].Feature);
    }

    private static ScoreBlock Explain(EnsembleScorer scorer, FeatureBlock block)
    {
        var output = new ScoreBlock(block.FeatureCount, block.Stride, withShap: true);
        new BatchScorer(scorer, 2).Run(block, output, explain: true);
        return output;
    }

    private static bool[] Directions(DecisionTree tree, float[] row)
    {
        var left = new bool[tree.NodeCount];
        for (int n = 0; n < tree.NodeCount; n++)
            if (!tree.IsLeaf(n)) left[n] = tree.Next(n, row[tree.Feature[n]]) == tree.Left[n];
        return left;
    }

    private static double Leaf(DecisionTree tree, float[] row) => tree.LeafValue[tree.LeafFor(row)];

    // The definition TreeSHAP computes: v(S) follows the row at splits on features in S and averages the
    // children by cover elsewhere; φ_i is the Shapley value of i in that game.
    private static double[] BruteForceShapley(DecisionTree tree, float[] row, int features)
    {
        double Value(int node, int set)
        {
            if (tree.IsLeaf(node)) return tree.LeafValue[node];
            int f = tree.Feature[node];
            if ((set >> f & 1) == 1) return Value(tree.Next(node, row[f]), set);
            int l = tree.Left[node], r = tree.Right[node];
            return (Value(l, set) * tree.Cover[l] + Value(r, set) * tree.Cover[r]) / tree.Cover[node];
        }
        double Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
        var phi = new double[features];
        for (int i = 0; i < features; i++)
            for (int set = 0; set < 1 << features; set++)
            {
                if ((set >> i & 1) == 1) continue;
                int size = System.Numerics.BitOperations.PopCount((uint)set);
                double weight = Factorial(size) * Factorial(features - size - 1) / Factorial(features);
                phi[i] += weight * (Value(0, set | 1 << i) - Value(0, set));
            }
        return phi;
    }
}
