namespace LeadScore.Metrics.Internal;

/// <summary>Turns a paired bootstrap's replicate differences into a <see cref="PairedDifference"/> and its sentences.</summary>
internal static class PairedSummary
{
    public static PairedDifference Summarize(
        double estimate, List<double> replicates, int drawn, double level,
        Func<double, double, double, double, double, string> meaning)
    {
        var undefined = drawn - replicates.Count;
        if (replicates.Count == 0)
        {
            return new PairedDifference(estimate, double.NaN, double.NaN, double.NaN, undefined,
                "The difference is undefined in every replicate (no converting lead was selected), so the data say nothing about it.");
        }

        var sorted = replicates.ToArray();
        Array.Sort(sorted);
        var alpha = 1.0 - level;
        var lower = NumpyQuantile.LinearSorted(sorted, alpha / 2.0, ScorePrecision.Double);
        var upper = NumpyQuantile.LinearSorted(sorted, 1.0 - alpha / 2.0, ScorePrecision.Double);
        var higher = 0;
        foreach (var value in sorted)
        {
            if (value > 0)
            {
                higher++;
            }
        }

        var share = (double)higher / sorted.Length;
        return new PairedDifference(estimate, lower, upper, share, undefined, meaning(estimate, lower, upper, share, level));
    }

    public static string RateMeaning(double estimate, double lower, double upper, double share, double level) =>
        $"Among the leads each rule selects, the challenger's conversion rate is {Percent.Points(Math.Abs(estimate))} " +
        $"percentage points {(estimate >= 0 ? "higher" : "lower")} ({Percent.Level(level)} paired interval " +
        $"{Percent.Points(lower)} to {Percent.Points(upper)}, higher in {Percent.Share(share)} of resamples): {Verdict(lower, upper)}";

    public static string LiftMeaning(double estimate, double lower, double upper, double share, double level) =>
        $"The challenger's top-decile lift is {Percent.Number(Math.Abs(estimate))} {(estimate >= 0 ? "higher" : "lower")} " +
        $"({Percent.Level(level)} paired interval {Percent.Number(lower)} to {Percent.Number(upper)}, higher in " +
        $"{Percent.Share(share)} of resamples): {Verdict(lower, upper)}";

    public static string Overall(int leads, PairedDifference rate, bool reapplied) =>
        $"Resampling the {Percent.Count(leads)} backtest leads {(reapplied ? "and re-applying both selections to each resample" : "with both selections kept")}: " +
        char.ToLowerInvariant(rate.Meaning[0]) + rate.Meaning[1..];

    private static string Verdict(double lower, double upper) =>
        lower > 0 ? "the challenger is better."
        : upper < 0 ? "the challenger is worse."
        : "the data are consistent with no difference.";
}
