namespace LeadScore.Metrics.Internal;

/// <summary>
/// One arm of a paired comparison: the leads its rule selected, ranked by its own score (highest first, ties by
/// lead index), so a replicate's top decile is read off by walking the ranking with each lead's draw count.
/// </summary>
internal sealed class SelectionArm
{
    private readonly int[] ranked;
    private readonly int[] labels;

    public SelectionArm(ReadOnlySpan<bool> selected, ReadOnlySpan<int> labels, ReadOnlySpan<double> scores)
    {
        var chosen = new List<int>();
        for (var i = 0; i < selected.Length; i++)
        {
            if (selected[i])
            {
                chosen.Add(i);
            }
        }

        var order = chosen.ToArray();
        var own = scores.ToArray();
        Array.Sort(order, (x, y) => own[x] != own[y] ? own[y].CompareTo(own[x]) : x.CompareTo(y));
        ranked = order;
        this.labels = labels.ToArray();
    }

    /// <summary>Leads the rule selects in the original data.</summary>
    public int Selected => ranked.Length;

    /// <summary>
    /// Conversion rate among the selected draws and the top-decile lift (the first ⌈m/10⌉ of the m selected draws
    /// by rank, their rate over the selected rate). <paramref name="draws"/>[i] is how often lead i was drawn.
    /// NaN when nothing selected was drawn; the lift is also NaN when no selected draw converted.
    /// </summary>
    public (double Rate, double Lift) Evaluate(ReadOnlySpan<int> draws)
    {
        long selected = 0, converted = 0;
        foreach (var lead in ranked)
        {
            selected += draws[lead];
            converted += (long)draws[lead] * labels[lead];
        }

        if (selected == 0)
        {
            return (double.NaN, double.NaN);
        }

        var top = (selected + 9) / 10;
        long remaining = top, topConverted = 0;
        foreach (var lead in ranked)
        {
            var take = Math.Min(draws[lead], remaining);
            topConverted += take * labels[lead];
            remaining -= take;
            if (remaining == 0)
            {
                break;
            }
        }

        var rate = (double)converted / selected;
        var lift = converted == 0 ? double.NaN : (double)topConverted / top / rate;
        return (rate, lift);
    }
}
