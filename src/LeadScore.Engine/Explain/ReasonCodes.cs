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
        int features = scores.FeatureCount;
        if (!scores.HasShap) throw new ArgumentException("top-k reasons need SHAP values");
        var shap = scores.Shap;
        Span<int> best = stackalloc int[k];
        for (int row = start; row < start + count; row++)
        {
            int found = 0;
            for (int f = 0; f < features; f++)
            {
                float a = Math.Abs(shap[row, f]);
                if (a == 0 || found == k && a <= Math.Abs(shap[row, best[k - 1]])) continue;
                int at = Math.Min(found, k - 1);
                while (at > 0 && a > Math.Abs(shap[row, best[at - 1]]))
                {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = f;
                if (found < k) found++;
            }
            var slot = reasons.Slice(row * k, k);
            for (int j = 0; j < k; j++)
                slot[j] = j < found
                    ? new ReasonCode(best[j], input[row, best[j]], shap[row, best[j]])
                    : new ReasonCode(-1, float.NaN, 0f);
        }
    }
}
