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
        const int tile = 256;
        Span<float> size = stackalloc float[tile * k];
        Span<int> feature = stackalloc int[tile * k];
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

    // Column by column over a tile of rows, so each SHAP column is read in order: a feature displaces a row's j-th
    // reason only when strictly larger in size, so ties keep the lower feature index and zeros never enter.
    private static void TopOfTile(ScoreBlock scores, int first, int n, int k, Span<float> size, Span<int> feature)
    {
        size.Clear();
        feature.Fill(-1);
        for (int f = 0; f < scores.FeatureCount; f++)
        {
            var column = scores.ShapColumn(f).Slice(first, n);
            for (int i = 0; i < n; i++)
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
}
