namespace LeadScore.Lists.Allocation;

/// <summary>What one rep received.</summary>
/// <param name="Rep">0-based rep number (reps sorted by name by the caller).</param>
/// <param name="Leads">How many leads.</param>
/// <param name="ExpectedConversions">The sum of the leads' expected rates.</param>
/// <param name="TierCounts">Leads per tier name (tiers the rep did not get are absent).</param>
/// <param name="RankSum">The sum of the leads' overall ranks (lower = better leads).</param>
public sealed record RepLoad(int Rep, int Leads, double ExpectedConversions, IReadOnlyDictionary<string, int> TierCounts, long RankSum)
{
    /// <summary>How many leads of <paramref name="tier"/> the rep got.</summary>
    public int CountOf(string tier) => TierCounts.TryGetValue(tier, out var count) ? count : 0;

    /// <summary>The mean overall rank of the rep's leads (0 when it has none).</summary>
    public double MeanRank => Leads == 0 ? 0 : (double)RankSum / Leads;
}
