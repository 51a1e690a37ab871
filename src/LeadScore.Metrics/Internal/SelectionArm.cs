namespace LeadScore.Metrics.Internal;

/// <summary>
/// One arm of a paired comparison: its selection rule applied to a resample's draw counts, then the conversion rate
/// among the selected draws and the top decile read off the arm's own ranking.
/// </summary>
internal sealed class SelectionArm
{
    private readonly BootstrapSelection selection;
    private readonly int[] labels;
    private readonly int[] kept;

    public SelectionArm(BootstrapSelection selection, ReadOnlySpan<int> labels)
    {
        this.selection = selection;
        this.labels = labels.ToArray();
        kept = new int[labels.Length];
        Selected = selection.Observed().Count(s => s);
    }

    /// <summary>Leads the rule selects in the original data.</summary>
    public int Selected { get; }

    /// <summary>
    /// Conversion rate among the selected draws and the top-decile lift (the first ⌈m/10⌉ of the m selected draws
    /// by rank, their rate over the selected rate). <paramref name="draws"/>[i] is how often lead i was drawn.
    /// NaN when nothing selected was drawn; the lift is also NaN when no selected draw converted.
    /// </summary>
    public (double Rate, double Lift) Evaluate(ReadOnlySpan<int> draws)
    {
        selection.Apply(draws, kept);
        long selected = 0, converted = 0;
        for (var lead = 0; lead < kept.Length; lead++)
        {
            selected += kept[lead];
            converted += (long)kept[lead] * labels[lead];
        }

        if (selected == 0)
        {
            return (double.NaN, double.NaN);
        }

        var top = (selected + 9) / 10;
        long remaining = top, topConverted = 0;
        foreach (var lead in selection.Order)
        {
            var take = Math.Min(kept[lead], remaining);
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
