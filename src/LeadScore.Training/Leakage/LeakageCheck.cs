using LeadScore.Data.Labeled;
using LeadScore.Metrics;
using LeadScore.Training.Config;

namespace LeadScore.Training.Leakage;

/// <summary>A value that stands for "no real value" (e.g. 9999 days), and how it behaves.</summary>
/// <param name="Value">The sentinel value (NaN for missing).</param>
/// <param name="Share">Share of TRAIN rows holding it.</param>
/// <param name="ShareEarly">Its share in the earliest fifth of TRAIN (by date).</param>
/// <param name="ShareLate">Its share in the latest fifth.</param>
/// <param name="RateWith">Conversion rate of rows holding it.</param>
/// <param name="RateWithout">Conversion rate of the other rows.</param>
/// <param name="RiskRatio">RateWith / RateWithout.</param>
/// <param name="RiskRatioLower">Lower end of the risk ratio's 95% interval.</param>
/// <param name="RiskRatioUpper">Upper end of the risk ratio's 95% interval.</param>
/// <param name="PValue">Two-proportion z-test of RateWith against RateWithout.</param>
/// <param name="TrendPValue">Mantel trend test of holding the sentinel against the row's date.</param>
public sealed record SentinelFinding(double Value, double Share, double ShareEarly, double ShareLate, double RateWith, double RateWithout,
    double RiskRatio, double RiskRatioLower, double RiskRatioUpper, double PValue, double TrendPValue);

/// <summary>
/// One feature's leakage evidence: <c>Psi</c>, the population stability index of the latest third of TRAIN
/// against the earliest third; any sentinel; whether it is flagged; and a one-line verdict.
/// </summary>
public sealed record LeakageFinding(string Feature, double Psi, SentinelFinding? Sentinel, bool Flagged, string Verdict);

/// <summary>
/// Looks for features that carry information from after the lead's date. The signature of the original's
/// <c>days_since_last_move = 9999</c>: a sentinel value whose share shrinks (or grows) with the date — because it
/// records an event that had more time to happen for older leads — and whose rows convert at a very different rate.
/// A feature is flagged when a sentinel shows both: a significant rate difference of at least the configured ratio,
/// and a significant trend of its share with the date whose earliest and latest fifths differ by the configured
/// ratio (thresholds in <see cref="LeakageConfig"/>). Drift alone is reported, not flagged: markets change.
/// </summary>
public static class LeakageCheck
{
    private static readonly double[] CommonSentinels = [9999, 99999, 999, -1, -999, -9999];

    /// <param name="train">TRAIN rows with their dates.</param>
    /// <param name="config">Flag thresholds.</param>
    /// <param name="categorical">Features holding category codes: they have no sentinels (a code is a label, not a number).</param>
    public static IReadOnlyList<LeakageFinding> Run(LabeledRows train, LeakageConfig config, IReadOnlySet<string>? categorical = null)
    {
        var order = Enumerable.Range(0, train.Count).OrderBy(r => train.Dates![r]).ToArray();
        int fifth = train.Count / 5;
        var early = order[..fifth];
        var late = order[^fifth..];
        var days = train.Dates!.Select(d => (double)d.DayNumber).ToArray();
        return Enumerable.Range(0, train.Features.Count).Select(f =>
        {
            var column = train.Columns[f];
            double psi = fifth == 0 ? double.NaN : Drift.PopulationStabilityIndex(Values(column, early), Values(column, late));
            var sentinel = categorical?.Contains(train.Features[f]) == true || fifth == 0 ? null : FindSentinel(column, train.Labels, early, late, days, config);
            bool flagged = sentinel is not null && IsLeaky(sentinel, config);
            return new LeakageFinding(train.Features[f], psi, sentinel, flagged, Verdict(sentinel, flagged, psi, config));
        }).ToArray();
    }

    private static bool IsLeaky(SentinelFinding s, LeakageConfig config)
    {
        bool outsized = s.PValue < config.PValue && (s.RiskRatio >= config.LiftRatio || s.RiskRatio <= 1 / config.LiftRatio);
        double drift = Math.Max(s.ShareEarly, s.ShareLate) / Math.Max(1e-12, Math.Min(s.ShareEarly, s.ShareLate));
        return outsized && drift >= config.ShareDriftRatio && s.TrendPValue < config.PValue;
    }

    private static string Verdict(SentinelFinding? s, bool flagged, double psi, LeakageConfig config)
    {
        if (flagged)
            return $"LEAKY: sentinel {Show(s!.Value)} on {s.Share:P1} of TRAIN, {s.ShareEarly:P1} of the earliest fifth vs {s.ShareLate:P1} of the latest, converting {s.RiskRatio:F2}x the rest";
        if (s is not null) return $"sentinel {Show(s.Value)} ({s.Share:P1}), {s.RiskRatio:F2}x, share {s.ShareEarly:P1} -> {s.ShareLate:P1}: below the flag thresholds";
        return psi >= config.Psi ? $"drifts across TRAIN (PSI {psi:F2}); no sentinel" : "ok";
    }

    private static string Show(double value) => double.IsNaN(value) ? "missing" : value.ToString("G", System.Globalization.CultureInfo.InvariantCulture);

    // A sentinel is a conventional placeholder such as 9999, or an extreme value (the maximum or minimum) of a
    // many-valued feature that stands far apart from the rest; either held by enough rows to matter, and spiking:
    // at least ten times as common as the values next to it. Binary and few-valued features have none.
    private static SentinelFinding? FindSentinel(float[] column, int[] labels, int[] early, int[] late, double[] days, LeakageConfig config)
    {
        var present = column.Where(v => !float.IsNaN(v)).ToArray();
        if (present.Length == 0) return null;
        var distinct = present.Distinct().OrderBy(v => v).ToArray();
        if (distinct.Length <= 2) return null;
        SentinelFinding? best = null;
        var candidates = CommonSentinels.Where(v => Array.BinarySearch(distinct, (float)v) >= 0).ToList();
        if (distinct.Length >= 10)
        {
            if (distinct[^1] > 0 && distinct[^1] >= 10 * Math.Max(distinct[^2], 1e-9)) candidates.Add(distinct[^1]);
            if (distinct[0] < 0 && distinct[1] >= 0) candidates.Add(distinct[0]);
        }
        var counts = present.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        foreach (double candidate in candidates.Distinct())
        {
            if (!Spikes(distinct, counts, (float)candidate)) continue;
            var finding = Describe(column, labels, early, late, days, candidate);
            if (finding is null || finding.Share < config.SentinelMinShare) continue;
            if (best is null || finding.PValue < best.PValue) best = finding;
        }
        return best;
    }

    private static bool Spikes(float[] distinct, Dictionary<float, int> counts, float value)
    {
        int at = Array.BinarySearch(distinct, value);
        var neighbours = Enumerable.Range(at - 5, 11).Where(i => i != at && i >= 0 && i < distinct.Length)
            .Select(i => (double)counts[distinct[i]]).Order().ToArray();
        if (neighbours.Length == 0) return false;
        double median = neighbours[neighbours.Length / 2];
        return counts[value] >= 10 * median;
    }

    private static SentinelFinding? Describe(float[] column, int[] labels, int[] early, int[] late, double[] days, double value)
    {
        int with = 0, withPositive = 0, positives = 0;
        for (int r = 0; r < column.Length; r++)
        {
            positives += labels[r];
            if (column[r] == value) { with++; withPositive += labels[r]; }
        }
        int without = column.Length - with;
        if (with == 0 || without == 0) return null;
        var comparison = RateComparison.Compare(withPositive, with, positives - withPositive, without);
        var holds = column.Select(v => v == value ? 1 : 0).ToArray();
        var trend = TrendTest.Mantel(holds, days);
        return new SentinelFinding(value, (double)with / column.Length, Share(column, early, value), Share(column, late, value),
            comparison.RateA, comparison.RateB, comparison.RiskRatio, comparison.RiskRatioLower, comparison.RiskRatioUpper, comparison.PValue, trend.PValue);
    }

    private static double Share(float[] column, int[] rows, double value) =>
        rows.Length == 0 ? double.NaN : (double)rows.Count(r => column[r] == value) / rows.Length;

    private static double[] Values(float[] column, int[] rows) => rows.Select(r => (double)column[r]).ToArray();
}
