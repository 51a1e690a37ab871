using LeadScore.Metrics.Internal;
namespace LeadScore.Metrics;

/// <summary>
/// The one ranking of leads by a model's score that every selection uses (the backtest's drop-bottom and top-n, and
/// the paired bootstrap that re-applies them): highest score first, ties broken by lead id ascending (ordinal), or
/// by input position when there are no ids. The order never depends on how the rows arrived.
/// </summary>
public static class LeadRanking
{
    /// <summary>Lead indices, best first.</summary>
    /// <exception cref="MetricsException">Empty or non-finite scores, or ids of another length.</exception>
    public static int[] Order(ReadOnlySpan<double> scores, IReadOnlyList<string>? ids = null)
    {
        ScoreValidation.Scores(scores);
        if (ids is not null && ids.Count != scores.Length) throw MetricsException.PairedLengthMismatch("ids", ids.Count, scores.Length);
        var own = scores.ToArray();
        var order = new int[own.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Comparison<int> compare = ids is null
            ? (x, y) => own[x] != own[y] ? own[y].CompareTo(own[x]) : x.CompareTo(y)
            : (x, y) => own[x] != own[y] ? own[y].CompareTo(own[x]) : string.CompareOrdinal(ids[x], ids[y]) is var c && c != 0 ? c : x.CompareTo(y);
        Array.Sort(order, compare);
        return order;
    }

    /// <summary>The first <paramref name="keep"/> leads of the ranking, as a mask in input order.</summary>
    public static bool[] Top(int[] order, int keep)
    {
        var selected = new bool[order.Length];
        for (var i = 0; i < Math.Min(keep, order.Length); i++) selected[order[i]] = true;
        return selected;
    }
}
