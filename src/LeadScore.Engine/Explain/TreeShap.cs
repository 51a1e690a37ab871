using System.Runtime.CompilerServices;
using LeadScore.Engine.Model;

namespace LeadScore.Engine.Explain;

/// <summary>Which way a row goes at each split (the only thing TreeSHAP needs to know about the row).</summary>
internal interface ISplitDirections
{
    bool GoesLeft(int node);
}

/// <summary>
/// Exact path-dependent TreeSHAP (Lundberg, Erion and Lee, 2018, Algorithm 2) for one tree and one row. The row
/// enters only through the direction it takes at each split, so the same code serves real rows and the
/// per-tree tables built for every combination of directions. Covers are the model's own node weights
/// (XGBoost hessian sums, LightGBM row counts), which makes the result equal to each library's contributions.
/// </summary>
internal static class TreeShap
{
    /// <summary>Adds the tree's contribution for each feature to <paramref name="phi"/> (the bias is not included).</summary>
    public static void Accumulate<TDirections>(DecisionTree tree, in TDirections directions, Span<double> phi, ShapPath path)
        where TDirections : struct, ISplitDirections
    {
        path.EnsureDepth(tree.Depth);
        var walk = new Walk<TDirections>(tree, directions, path.Elements);
        walk.Recurse(phi, node: 0, depth: 0, parentStart: 0, zero: 1, one: 1, feature: -1);
    }

    /// <summary>Directions given as one flag per node.</summary>
    public readonly struct Flags(bool[] goesLeft) : ISplitDirections
    {
        public bool GoesLeft(int node) => goesLeft[node];
    }

    private readonly ref struct Walk<TDirections>(DecisionTree tree, TDirections directions, PathElement[] path)
        where TDirections : struct, ISplitDirections
    {
        private readonly int[] left = tree.Left, right = tree.Right, feature = tree.Feature;
        private readonly double[] cover = tree.Cover, leafValue = tree.LeafValue;

        public void Recurse(Span<double> phi, int node, int depth, int parentStart, double zero, double one, int feature)
        {
            int s = parentStart + depth + 1;
            path.AsSpan(parentStart, depth + 1).CopyTo(path.AsSpan(s));
            Extend(s, depth, zero, one, feature);

            if (left[node] < 0)
            {
                double value = leafValue[node];
                for (int i = 1; i <= depth; i++)
                {
                    ref var e = ref path[s + i];
                    phi[e.Feature] += UnwoundSum(s, depth, i) * (e.One - e.Zero) * value;
                }
                return;
            }

            int split = this.feature[node];
            bool goesLeft = directions.GoesLeft(node);
            int hot = goesLeft ? left[node] : right[node];
            int cold = goesLeft ? right[node] : left[node];
            double w = cover[node];
            double hotFraction = w > 0 ? cover[hot] / w : 0.5;
            double coldFraction = w > 0 ? cover[cold] / w : 0.5;

            // A feature split on again below an earlier split on it: undo the earlier one and carry its fractions.
            double incomingZero = 1, incomingOne = 1;
            for (int k = 0; k <= depth; k++)
            {
                if (path[s + k].Feature != split) continue;
                incomingZero = path[s + k].Zero;
                incomingOne = path[s + k].One;
                Unwind(s, depth, k);
                depth--;
                break;
            }
            Recurse(phi, hot, depth + 1, s, hotFraction * incomingZero, incomingOne, split);
            Recurse(phi, cold, depth + 1, s, coldFraction * incomingZero, 0, split);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Extend(int s, int depth, double zero, double one, int feature)
        {
            path[s + depth] = new PathElement { Feature = feature, Zero = zero, One = one, Weight = depth == 0 ? 1 : 0 };
            for (int i = depth - 1; i >= 0; i--)
            {
                path[s + i + 1].Weight += one * path[s + i].Weight * (i + 1) / (depth + 1);
                path[s + i].Weight = zero * path[s + i].Weight * (depth - i) / (depth + 1);
            }
        }

        private void Unwind(int s, int depth, int k)
        {
            double one = path[s + k].One, zero = path[s + k].Zero;
            double next = path[s + depth].Weight;
            for (int j = depth - 1; j >= 0; j--)
            {
                if (one != 0)
                {
                    double w = path[s + j].Weight;
                    path[s + j].Weight = next * (depth + 1) / ((j + 1) * one);
                    next = w - path[s + j].Weight * zero * (depth - j) / (depth + 1);
                }
                else
                {
                    path[s + j].Weight = path[s + j].Weight * (depth + 1) / (zero * (depth - j));
                }
            }
            for (int j = k; j < depth; j++)
            {
                double weight = path[s + j].Weight;
                path[s + j] = path[s + j + 1];
                path[s + j].Weight = weight;
            }
        }

        // The total weight element k would leave if it were unwound, without changing the path.
        private double UnwoundSum(int s, int depth, int k)
        {
            double one = path[s + k].One, zero = path[s + k].Zero;
            double next = path[s + depth].Weight, total = 0;
            for (int j = depth - 1; j >= 0; j--)
            {
                if (one != 0)
                {
                    double t = next * (depth + 1) / ((j + 1) * one);
                    total += t;
                    next = path[s + j].Weight - t * zero * (depth - j) / (depth + 1);
                }
                else
                {
                    total += path[s + j].Weight / zero * (depth + 1) / (depth - j);
                }
            }
            return total;
        }
    }
}
