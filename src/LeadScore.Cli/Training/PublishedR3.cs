using LeadScore.Data.Labeled;
using LeadScore.Training.Split;

namespace LeadScore.Cli.Training;

/// <summary>
/// The original team's published V4.1-R3 TEST figures (domain spec §4.5), shown beside a run on the same rows: the
/// real V4.1 leads (recognised by the SHA-256 of leads_v41.parquet) with the V4.1 windows. Their early stopping
/// watched TEST, so these are optimistic; ours never look at TEST.
/// </summary>
public static class PublishedR3
{
    private static readonly DateRange Train = new(new(2024, 2, 1), new(2025, 7, 31));
    private static readonly DateRange Test = new(new(2025, 9, 1), new(2025, 10, 31));

    /// <summary>The content hash of leads_v41.parquet, as <c>DataFingerprint.Hash</c> spells it.</summary>
    public const string LeadsHash = "sha256:95d2b3a0aece63058cb3723c7894992854eba3e850f59a8fa2c3e85639e30611";

    public static IReadOnlyDictionary<string, string>? For(TemporalSplit split, string dataHash) => For(split.Train, split.Test, () => dataHash);

    /// <summary>The figures when the windows are V4.1's and the data is the real leads; <paramref name="dataHash"/> is asked only then.</summary>
    public static IReadOnlyDictionary<string, string>? For(DateRange train, DateRange test, Func<string> dataHash) =>
        train == Train && test == Test && dataHash() == LeadsHash ? Figures : null;

    public static readonly IReadOnlyDictionary<string, string> Figures = new Dictionary<string, string>
    {
        ["leads (conversions)"] = "3,393 (133, 3.92%)",
        ["AUC [DeLong 95% CI]"] = "0.6198 (no CI)",
        ["average precision"] = "0.0697",
        ["top-decile lift [bootstrap 95% CI]"] = "2.03x (no CI)",
        ["bottom-20% conversion, pooled"] = "1.33%",
        ["bottom-20% conversion, unweighted (original)"] = "1.40%",
    };
}
