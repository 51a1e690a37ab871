using LeadScore.Metrics.Internal;

namespace LeadScore.Metrics;

/// <summary>
/// How an arm of a paired bootstrap selects leads in each resample. <see cref="Ranked"/> re-applies a rank rule to
/// the resample (the first keep(n) of its n draws by the arm's <see cref="LeadRanking"/>, a lead drawn twice taking
/// two places, so a cut may fall between copies of one lead): the selection varies with the sample as it would on new
/// leads. <see cref="Fixed"/> keeps each lead's observed membership (a rule too costly to re-run per resample, such as
/// the replayed lead list); its interval then leaves out the selection's own variability.
/// </summary>
public sealed class BootstrapSelection
{
    private readonly bool[]? members;
    private readonly Func<int, int>? keep;

    private BootstrapSelection(int[] order, bool[]? members, Func<int, int>? keep, bool reapplied)
    {
        Order = order;
        this.members = members;
        this.keep = keep;
        Reapplied = reapplied;
    }

    /// <summary>Every lead, best first by the arm's own score (the order a top decile is read in).</summary>
    internal int[] Order { get; }

    /// <summary>Whether the rule is re-applied to each resample.</summary>
    public bool Reapplied { get; }

    /// <summary>A rank rule: of n leads, keep the first <paramref name="keep"/>(n) by score (ties by id).</summary>
    public static BootstrapSelection Ranked(ReadOnlySpan<double> scores, IReadOnlyList<string>? ids, Func<int, int> keep) =>
        new(LeadRanking.Order(scores, ids), null, keep ?? throw new ArgumentNullException(nameof(keep)), true);

    /// <summary>A fixed membership; the scores only order the selected leads for the top decile.</summary>
    public static BootstrapSelection Fixed(ReadOnlySpan<bool> selected, ReadOnlySpan<double> scores, IReadOnlyList<string>? ids = null)
    {
        var order = LeadRanking.Order(scores, ids);
        if (selected.Length != order.Length) throw MetricsException.PairedLengthMismatch("selection", selected.Length, order.Length);
        return new(order, selected.ToArray(), null, false);
    }

    /// <summary>The leads selected from the observed data (each drawn once), in input order.</summary>
    public bool[] Observed()
    {
        var draws = new int[Order.Length];
        Array.Fill(draws, 1);
        var kept = new int[Order.Length];
        Apply(draws, kept);
        return kept.Select(k => k > 0).ToArray();
    }

    /// <summary>How many of each lead's draws the rule selects.</summary>
    internal void Apply(ReadOnlySpan<int> draws, Span<int> kept)
    {
        if (members is not null)
        {
            for (var i = 0; i < draws.Length; i++) kept[i] = members[i] ? draws[i] : 0;
            return;
        }

        long total = 0;
        foreach (var d in draws) total += d;
        long remaining = Math.Clamp(keep!((int)total), 0, (int)total);
        foreach (var lead in Order)
        {
            var take = (int)Math.Min(draws[lead], remaining);
            kept[lead] = take;
            remaining -= take;
        }
    }
}
