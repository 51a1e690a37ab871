using LeadScore.Metrics;

namespace LeadScore.Models.Profile;

/// <summary>
/// One feature's distribution over the training rows: its summary, whether it was constant or all missing, and the
/// PSI reference (quantile bins and shares) a scoring run compares its own rows with; null when all were missing.
/// </summary>
public sealed record FeatureProfile(string Name, ValueSummary Values, bool Constant, PsiReference? Psi)
{
    /// <summary>Bins of the PSI reference (fewer when ties merge quantile edges).</summary>
    public const int PsiBins = 10;

    public bool AllMissing => Psi is null;

    public static FeatureProfile Of(string name, ReadOnlySpan<double> values)
    {
        var summary = ValueSummary.Of(values);
        var allMissing = double.IsNaN(summary.Min);
        return new FeatureProfile(name, summary, !allMissing && summary.Min == summary.Max, allMissing ? null : PsiReference.Of(values, PsiBins));
    }
}
