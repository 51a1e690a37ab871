using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// The one percentile of leadscore: what the scoring run stores, the lead list filters on, the backtest and
/// monitoring group by. Rank the n scores ascending; a score whose tie group starts at 1-based rank r gets
/// <c>1 + ⌊100·(r − 1) / n⌋</c>, in exact integer arithmetic. So the lowest score gets 1, without ties each value
/// 1..100 holds ⌊n/100⌋ or ⌈n/100⌉ rows, tied scores share one value (that of the lowest rank in the group), and
/// <c>percentile ≤ 20</c> holds ⌈n/5⌉ rows (more only when a tie group straddles the cut). Compute it on the
/// model's margin: calibration is monotone, so it cannot reorder rows, but isotonic steps turn distinct margins
/// into ties (the original ranked calibrated scores and got 88 distinct values over 281k advisors).
/// </summary>
public static class Percentile
{
    /// <summary>Highest share (percentile) a deprioritized row can have: the bottom 20.</summary>
    public const int DeprioritizeAtOrBelow = 20;

    /// <summary>Each score's percentile 1..100, in input order.</summary>
    /// <exception cref="MetricsException">Empty or non-finite scores.</exception>
    public static int[] Of(ReadOnlySpan<double> scores)
    {
        ScoreValidation.Scores(scores);
        var n = scores.Length;
        var keys = scores.ToArray();
        var order = new int[n];
        for (var i = 0; i < n; i++) order[i] = i;
        Array.Sort(keys, order);
        var percentiles = new int[n];
        var groupStart = 0;
        for (var i = 0; i < n; i++)
        {
            if (keys[i] != keys[groupStart]) groupStart = i;
            percentiles[order[i]] = 1 + (int)(100L * groupStart / n);
        }
        return percentiles;
    }

    /// <summary>Whether a percentile falls in the bottom 20 that the hybrid list skips (<c>v4_deprioritize</c>).</summary>
    public static bool Deprioritized(int percentile) => percentile <= DeprioritizeAtOrBelow;
}
