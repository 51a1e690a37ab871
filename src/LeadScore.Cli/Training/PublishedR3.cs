using LeadScore.Data.Labeled;
using LeadScore.Training.Split;

namespace LeadScore.Cli.Training;

/// <summary>
/// The original team's published V4.1-R3 TEST figures (domain spec §4.5), shown beside a run that uses the same
/// V4.1 windows. Their early stopping watched TEST, so these are optimistic; ours never look at TEST.
/// </summary>
public static class PublishedR3
{
    private static readonly DateRange Train = new(new(2024, 2, 1), new(2025, 7, 31));
    private static readonly DateRange Test = new(new(2025, 9, 1), new(2025, 10, 31));

    public static IReadOnlyDictionary<string, string>? For(TemporalSplit split) => For(split.Train, split.Test);

    public static IReadOnlyDictionary<string, string>? For(DateRange train, DateRange test) =>
        train == Train && test == Test ? Figures : null;

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
