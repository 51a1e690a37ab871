using LeadScore.Lists.Rules;
using LeadScore.Warehouse.Lists;

namespace LeadScore.Lists.Policy;

public sealed partial record ListPolicy
{
    /// <summary>
    /// The policy's numbers and switches as the pool applies them to a list of <paramref name="listSize"/> places for
    /// <paramref name="reps"/> reps: the tier quotas (the rules' tiers and the backfill's) and the no-LinkedIn cap scaled
    /// from 12 reps. The month's list and its replay both take them from here.
    /// </summary>
    /// <exception cref="ListException">A rules tier without a quota, or a quota or disagreement tier the rules do not have.</exception>
    internal PoolPolicy Pool(RuleSet rules, int reps, int listSize)
    {
        var tiers = rules.Tiers.Select(t => t.Name).ToHashSet();
        var quotas = new Dictionary<string, int>();
        foreach (var tier in tiers)
            quotas[tier] = Scale(QuotasPer12Sgas.TryGetValue(tier, out var q) ? q : throw ListErrors.UnknownQuotaTier(tier, Name), reps);
        foreach (var tier in QuotasPer12Sgas.Keys.Where(t => !tiers.Contains(t))) throw ListErrors.UnknownPolicyTier(tier, "quotas_per_12_sgas", Name);
        foreach (var tier in Disagreement.Tiers.Where(t => !tiers.Contains(t))) throw ListErrors.UnknownPolicyTier(tier, "disagreement.tiers", Name);
        if (Backfill.Enabled) quotas[Backfill.Tier] = Scale(Backfill.QuotaPer12Sgas, reps);
        return new PoolPolicy(NullTitles == "drop", SmallFirms == "measured", RecyclableAfterDays, ClosedStatuses, DeprioritizeAtOrBelow,
            Backfill.Enabled ? new PoolBackfill(Backfill.Tier, Backfill.MinPercentile, Backfill.Rate) : null,
            Disagreement.Tiers, Disagreement.BelowPercentile, Disagreement.BeforeAssignment, FirmCap, quotas,
            Scale(NoLinkedinCapPer12Sgas, reps), listSize);
    }
}
