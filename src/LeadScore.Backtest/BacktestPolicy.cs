namespace LeadScore.Backtest;

/// <summary>What each arm keeps of the backtest's leads; both arms always apply the same policy.</summary>
public enum SelectionKind
{
    /// <summary>Rank by score (ties by lead id), keep the first n − ⌊0.2 n⌋: drop exactly the bottom fifth.</summary>
    DropBottom,

    /// <summary>The first N by the same ranking.</summary>
    TopN,

    /// <summary>The lead-list policy itself (tiers, exclusions, backfill, quotas) replayed month by month from the warehouse.</summary>
    List,
}

/// <summary>The selection policy of a backtest and the list size its forecasts are for.</summary>
public sealed record BacktestPolicy(SelectionKind Kind, int ListSize)
{
    /// <summary>The names the command line takes.</summary>
    public static readonly IReadOnlyList<string> Names = ["drop-bottom", "top-n", "list"];

    /// <summary>The policy of a name (<see cref="Names"/>).</summary>
    public static BacktestPolicy Parse(string name, int listSize) => new(name switch
    {
        "drop-bottom" => SelectionKind.DropBottom,
        "top-n" => SelectionKind.TopN,
        "list" => SelectionKind.List,
        _ => throw BacktestErrors.UnknownPolicy(name),
    }, listSize > 0 ? listSize : throw BacktestErrors.BadListSize(listSize));

    public string Name => Names[(int)Kind];

    /// <summary>How many of n ranked leads a rank policy keeps.</summary>
    public int Keep(int n) => Kind switch
    {
        SelectionKind.DropBottom => n - n / 5,
        SelectionKind.TopN => Math.Min(ListSize, n),
        _ => throw new InvalidOperationException("the list policy is not a rank rule"),
    };

    /// <summary>One sentence saying what the policy does.</summary>
    public string Describe() => Kind switch
    {
        SelectionKind.DropBottom => "each model ranks the leads by its score (ties by lead id) and keeps the first n − ⌊0.2 n⌋, dropping exactly its bottom fifth",
        SelectionKind.TopN => $"each model ranks the leads by its score (ties by lead id) and keeps the first {ListSize:N0}",
        _ => $"each model's scores go through the lead-list policy (tiers, exclusions, bottom-20 filter, score backfill, quotas, list of {ListSize:N0}), replayed month by month as of the first day of each contact month",
    };
}
