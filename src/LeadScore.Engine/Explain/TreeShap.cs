using LeadScore.Engine.Model;

namespace LeadScore.Engine.Explain;

/// <summary>
/// Exact path-dependent TreeSHAP (Lundberg, Erion and Lee, 2018, Algorithm 2) for one tree and one row. The row
/// enters only through the direction it takes at each split, so the same code serves real rows and the
/// per-tree tables built for every combination of directions. Covers are the model's own node weights
/// (XGBoost hessian sums, LightGBM row counts), which makes the result equal to each library's contributions.
/// </summary>
internal static class TreeShap
{
    /// <summary>Adds the tree's contribution for each feature to <paramref name="phi"/> (the bias is not included).</summary>
    public static void Accumulate(DecisionTree tree, ReadOnlySpan<bool> goesLeft, Span<double> phi, ShapPath path)
    {
        path.EnsureDepth(tree.Depth);
        Recurse(tree, goesLeft, phi, path, node: 0, depth: 0, parentStart: 0, zero: 1, one: 1, feature: -1);
    }

    private static void Recurse(DecisionTree tree, ReadOnlySpan<bool> goesLeft, Span<double> phi, ShapPath p,
        int node, int depth, int parentStart, double zero, double one, int feature)
    {
        int start = parentStart + depth + 1;
        p.Copy(parentStart, start, depth + 1);
        Extend(p, start, depth, zero, one, feature);

        if (tree.IsLeaf(node))
        {
            double value = tree.LeafValue[node];
            for (int i = 1; i <= depth; i++)
            {
                int e = start + i;
                phi[p.Feature[e]] += UnwoundSum(p, start, depth, i) * (p.One[e] - p.Zero[e]) * value;
            }
            return;
        }

        int split = tree.Feature[node];
        int hot = goesLeft[node] ? tree.Left[node] : tree.Right[node];
        int cold = goesLeft[node] ? tree.Right[node] : tree.Left[node];
        double cover = tree.Cover[node];
        double hotFraction = cover > 0 ? tree.Cover[hot] / cover : 0.5;
        double coldFraction = cover > 0 ? tree.Cover[cold] / cover : 0.5;

        // A feature split on again below an earlier split on it: undo the earlier one and carry its fractions.
        double incomingZero = 1, incomingOne = 1;
        for (int k = 0; k <= depth; k++)
        {
            if (p.Feature[start + k] != split) continue;
            incomingZero = p.Zero[start + k];
            incomingOne = p.One[start + k];
            Unwind(p, start, depth, k);
            depth--;
            break;
        }
        Recurse(tree, goesLeft, phi, p, hot, depth + 1, start, hotFraction * incomingZero, incomingOne, split);
        Recurse(tree, goesLeft, phi, p, cold, depth + 1, start, coldFraction * incomingZero, 0, split);
    }

    private static void Extend(ShapPath p, int s, int depth, double zero, double one, int feature)
    {
        p.Feature[s + depth] = feature;
        p.Zero[s + depth] = zero;
        p.One[s + depth] = one;
        p.Weight[s + depth] = depth == 0 ? 1 : 0;
        for (int i = depth - 1; i >= 0; i--)
        {
            p.Weight[s + i + 1] += one * p.Weight[s + i] * (i + 1) / (depth + 1);
            p.Weight[s + i] = zero * p.Weight[s + i] * (depth - i) / (depth + 1);
        }
    }

    private static void Unwind(ShapPath p, int s, int depth, int k)
    {
        double one = p.One[s + k], zero = p.Zero[s + k];
        double next = p.Weight[s + depth];
        for (int j = depth - 1; j >= 0; j--)
        {
            if (one != 0)
            {
                double w = p.Weight[s + j];
                p.Weight[s + j] = next * (depth + 1) / ((j + 1) * one);
                next = w - p.Weight[s + j] * zero * (depth - j) / (depth + 1);
            }
            else
            {
                p.Weight[s + j] = p.Weight[s + j] * (depth + 1) / (zero * (depth - j));
            }
        }
        for (int j = k; j < depth; j++)
        {
            p.Feature[s + j] = p.Feature[s + j + 1];
            p.Zero[s + j] = p.Zero[s + j + 1];
            p.One[s + j] = p.One[s + j + 1];
        }
    }

    // The total weight element k would leave if it were unwound, without changing the path.
    private static double UnwoundSum(ShapPath p, int s, int depth, int k)
    {
        double one = p.One[s + k], zero = p.Zero[s + k];
        double next = p.Weight[s + depth], total = 0;
        for (int j = depth - 1; j >= 0; j--)
        {
            if (one != 0)
            {
                double t = next * (depth + 1) / ((j + 1) * one);
                total += t;
                next = p.Weight[s + j] - t * zero * (depth - j) / (depth + 1);
            }
            else
            {
                total += p.Weight[s + j] / zero * (depth + 1) / (depth - j);
            }
        }
        return total;
    }
}
