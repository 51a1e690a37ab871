using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// The expected side of a population stability index, kept so a later sample can be compared without the reference
/// rows (a model directory stores one per feature from TRAIN). <see cref="InnerEdges"/> are the inner pandas-qcut
/// edges of the non-NaN reference values; <see cref="Shares"/> holds one share per bin (values ≤ the first edge, …,
/// values above the last edge) and a last share for NaN (missing). See <see cref="Drift.PopulationStabilityIndex"/>.
/// </summary>
public sealed record PsiReference(double[] InnerEdges, double[] Shares)
{
    /// <summary>The reference of <paramref name="expected"/> in up to <paramref name="bins"/> quantile bins.</summary>
    /// <exception cref="MetricsException">The sample empty, all NaN, or holding an infinity; or bins below 1.</exception>
    public static PsiReference Of(ReadOnlySpan<double> expected, int bins = 10)
    {
        ScoreValidation.Bins(bins);
        ScoreValidation.FiniteOrMissing(expected, "expected");
        var present = new List<double>(expected.Length);
        foreach (var v in expected)
            if (!double.IsNaN(v)) present.Add(v);
        var edges = QuantileBins.Edges(present.ToArray(), bins);
        var inner = edges.Length > 2 ? edges[1..^1] : [];
        return new PsiReference(inner, BinShares(expected, inner));
    }

    /// <summary>PSI of <paramref name="actual"/> against this reference: <c>Σ (a_i − e_i) · ln(a_i / e_i)</c>.</summary>
    /// <exception cref="MetricsException">The sample empty or holding an infinity.</exception>
    public double Against(ReadOnlySpan<double> actual)
    {
        ScoreValidation.FiniteOrMissing(actual, "actual");
        var actualShares = BinShares(actual, InnerEdges);
        var psi = 0.0;
        for (var i = 0; i < Shares.Length; i++)
        {
            var e = Math.Max(Shares[i], Drift.EmptyBinShare);
            var a = Math.Max(actualShares[i], Drift.EmptyBinShare);
            psi += (a - e) * Math.Log(a / e);
        }
        return psi;
    }

    // Share of rows per bin: searchsorted(inner, x, side='left') for values, one last bin for NaN.
    private static double[] BinShares(ReadOnlySpan<double> values, double[] inner)
    {
        var counts = new int[inner.Length + 2];
        foreach (var v in values)
            counts[double.IsNaN(v) ? inner.Length + 1 : SortedSearch.LowerBound(inner, v, 0, inner.Length)]++;
        var shares = new double[counts.Length];
        for (var i = 0; i < counts.Length; i++) shares[i] = (double)counts[i] / values.Length;
        return shares;
    }
}
