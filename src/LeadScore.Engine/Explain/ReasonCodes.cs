using System.Runtime.Intrinsics;
using LeadScore.Engine.Scoring;

namespace LeadScore.Engine.Explain;

/// <summary>Picks each row's top-k features by absolute SHAP value, ready for narratives.</summary>
public static class ReasonCodes
{
    /// <summary>
    /// Fills <paramref name="reasons"/> (row-major, k per row, indexed by block row) for rows [start, start + count).
    /// Ties go to the lower feature index; a row with fewer than k non-zero contributions gets reasons with
    /// Feature = -1 in the remaining places.
    /// </summary>
    public static void TopK(FeatureBlock input, ScoreBlock scores, int start, int count, int k, Span<ReasonCode> reasons)
    {
        if (!scores.HasShap) throw new ArgumentException("top-k reasons need SHAP values");
        // A tile's best sizes and features: on the stack up to a bound, so that neither a wide model's large k nor a
        // call for one row pays for more than it uses.
        int tile = Math.Clamp(Math.Min(StackCells / Math.Max(k, 1), count), 1, MaxTileRows);
        if (tile > Vector256<float>.Count) tile -= tile % Vector256<float>.Count;
        int cells = tile * k;
        Span<float> size = cells <= StackCells ? stackalloc float[cells] : new float[cells];
        Span<int> feature = cells <= StackCells ? stackalloc int[cells] : new int[cells];
        for (int first = start; first < start + count; first += tile)
        {
            int n = Math.Min(tile, start + count - first);
            TopOfTile(scores, first, n, k, size[..(n * k)], feature[..(n * k)]);
            for (int i = 0; i < n; i++)
            {
                int row = first + i;
                var slot = reasons.Slice(row * k, k);
                for (int j = 0; j < k; j++)
                {
                    int f = feature[i * k + j];
                    slot[j] = f >= 0 ? new ReasonCode(f, input[row, f], scores.ShapValue(row, f)) : new ReasonCode(-1, float.NaN, 0f);
                }
            }
        }
    }

    private const int MaxTileRows = 256;
    private const int StackCells = 1024;
    private const int MaxVectorK = 32;

    // Column by column over a tile of rows, so each SHAP column is read in order: a feature displaces a row's j-th
    // reason only when strictly larger in size, so ties keep the lower feature index and zeros never enter. Eight rows
    // at a time go through vector compares and blends; the rows left over, one by one.
    private static void TopOfTile(ScoreBlock scores, int first, int n, int k, Span<float> size, Span<int> feature)
    {
        // The vector insertion keeps k places per lane on the stack; a k beyond a handful goes row by row.
        int vectorRows = Vector256.IsHardwareAccelerated && k <= MaxVectorK ? n / Vector256<float>.Count * Vector256<float>.Count : 0;
        for (int i = 0; i < vectorRows; i += Vector256<float>.Count) TopOfEight(scores, first + i, k, feature[(i * k)..]);
        size.Clear();
        feature[(vectorRows * k)..].Fill(-1);
        for (int f = 0; f < scores.FeatureCount; f++)
        {
            var column = scores.ShapColumn(f).Slice(first, n);
            for (int i = vectorRows; i < n; i++)
            {
                float a = Math.Abs(column[i]);
                int last = i * k + k - 1;
                if (!(a > size[last])) continue;
                int at = last;
                while (at > i * k && a > size[at - 1])
                {
                    size[at] = size[at - 1];
                    feature[at] = feature[at - 1];
                    at--;
                }
                size[at] = a;
                feature[at] = f;
            }
        }
    }

    // The same insertion for eight rows in vector lanes: the k best sizes and features of each lane, best first.
    private static void TopOfEight(ScoreBlock scores, int first, int k, Span<int> feature)
    {
        Span<Vector256<float>> best = stackalloc Vector256<float>[k];
        Span<Vector256<int>> index = stackalloc Vector256<int>[k];
        best.Clear();
        index.Fill(Vector256.Create(-1));
        for (int f = 0; f < scores.FeatureCount; f++)
        {
            var a = Vector256.Abs(Vector256.Create<float>(scores.ShapColumn(f).Slice(first, Vector256<float>.Count)));
            if (Vector256.GreaterThanAny(a, best[k - 1]) is false) continue;
            var candidate = Vector256.Create(f);
            // From the last place up: a place takes the one above it when the size beats that too, else the size.
            for (int j = k - 1; j >= 0; j--)
            {
                var beats = Vector256.GreaterThan(a, best[j]);
                var beatsAbove = j > 0 ? Vector256.GreaterThan(a, best[j - 1]) : Vector256<float>.Zero;
                var takenBest = j > 0 ? best[j - 1] : a;
                var takenIndex = j > 0 ? index[j - 1] : candidate;
                best[j] = Vector256.ConditionalSelect(beatsAbove, takenBest, Vector256.ConditionalSelect(beats, a, best[j]));
                index[j] = Vector256.ConditionalSelect(beatsAbove.AsInt32(), takenIndex, Vector256.ConditionalSelect(beats.AsInt32(), candidate, index[j]));
            }
        }
        for (int j = 0; j < k; j++)
            for (int lane = 0; lane < Vector256<int>.Count; lane++) feature[lane * k + j] = index[j][lane];
    }
}
