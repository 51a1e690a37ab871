using LeadScore.Lists.Allocation;
using LeadScore.Warehouse.Lists;

namespace LeadScore.Lists;

/// <summary>Leads on the list of one final tier, with the tier's expected rate.</summary>
public sealed record TierCount(string Tier, int Leads, double Rate);

/// <summary>
/// What a list holds: leads per tier, the load of each rep under the assignment used and under the comparison method
/// on the same pool, and the expected conversions (the sum of the leads' expected rates) with a 95% interval from the
/// normal approximation of their Poisson-binomial count: ± 1.96 √Σ p(1 − p).
/// </summary>
public sealed record ListSummary(int Leads, IReadOnlyList<TierCount> Tiers, IReadOnlyList<SalesRep> Reps, RepAssignment Assignment,
    RepAssignment Comparison, double ExpectedConversions, double Lower, double Upper)
{
    public static ListSummary Of(IReadOnlyList<PoolLead> leads, IReadOnlyList<SalesRep> reps, RepAssignment assignment, RepAssignment comparison)
    {
        var onList = leads.Where((_, i) => assignment.RepOf[i] >= 0).ToList();
        var tiers = onList.GroupBy(l => (l.FinalTier, l.TierOrder, l.ExpectedRate)).OrderBy(g => g.Key.TierOrder)
            .Select(g => new TierCount(g.Key.FinalTier, g.Count(), g.Key.ExpectedRate)).ToList();
        double expected = onList.Sum(l => l.ExpectedRate);
        double half = 1.959964 * Math.Sqrt(onList.Sum(l => l.ExpectedRate * (1 - l.ExpectedRate)));
        return new ListSummary(onList.Count, tiers, reps, assignment, comparison, expected, Math.Max(0, expected - half), expected + half);
    }
}
