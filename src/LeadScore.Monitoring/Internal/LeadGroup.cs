namespace LeadScore.Monitoring.Internal;

internal enum GroupKind { All, TopDecile, BottomFifth, TopDecileOnly, Decile }

/// <summary>
/// Which leads a figure counts, by the models' percentiles (model 0 = the champion, 1.. = the shadows; a percentile
/// of 0 = the model did not score the lead, which then belongs to none of that model's groups).
/// </summary>
/// <param name="Kind">The kind of group.</param>
/// <param name="Model">The model whose percentile decides.</param>
/// <param name="Other">TopDecileOnly: the model whose top decile the lead must not be in (it must have scored the lead).</param>
/// <param name="Decile">Decile: 1 (percentiles 1–10) to 10 (91–100).</param>
internal readonly record struct LeadGroup(GroupKind Kind, int Model = 0, int Other = -1, int Decile = 0)
{
    public const int TopDecileFrom = 91;
    public const int BottomFifthTo = 20;

    public static LeadGroup Of(Segment segment, int model) => segment switch
    {
        Segment.TopDecile => new(GroupKind.TopDecile, model),
        Segment.BottomFifth => new(GroupKind.BottomFifth, model),
        _ => new(GroupKind.All, model),
    };

    /// <summary>The leads only <paramref name="model"/> puts in its top decile, not <paramref name="other"/>.</summary>
    public static LeadGroup OnlyInTopDecileOf(int model, int other) => new(GroupKind.TopDecileOnly, model, other);

    public static int DecileOf(int percentile) => (percentile - 1) / 10 + 1;

    public bool Contains(int[] percentiles)
    {
        var p = percentiles[Model];
        return Kind switch
        {
            GroupKind.All => true,
            GroupKind.TopDecile => p >= TopDecileFrom,
            GroupKind.BottomFifth => p is > 0 and <= BottomFifthTo,
            GroupKind.TopDecileOnly => p >= TopDecileFrom && percentiles[Other] is > 0 and < TopDecileFrom,
            GroupKind.Decile => p > 0 && DecileOf(p) == Decile,
            _ => false,
        };
    }
}
