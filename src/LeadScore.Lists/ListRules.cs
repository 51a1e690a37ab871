using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;
using LeadScore.Warehouse.Dialects;
using LeadScore.Warehouse.Lists;

namespace LeadScore.Lists;

/// <summary>
/// The rules compiled for the pool in the warehouse's dialect: exclusions, signal and tier expressions in the matching
/// mode (the policy's, else the rules file's), and the tiers in list order.
/// </summary>
internal static class ListRules
{
    public static PoolRules Compile(RuleSet rules, ListPolicy policy, SqlDialect dialect)
    {
        bool wholeWords = policy.WholeWords(rules);
        var mode = wholeWords ? PatternMatch.Word : PatternMatch.Substring;
        var tiers = rules.Tiers.Select((t, i) => new PoolTier(t.Name, t.Priority, t.FinalRate, i + 1)).ToList();
        tiers.Add(new PoolTier(rules.Default.Name, rules.Default.Priority, rules.Default.FinalRate, int.MaxValue / 2));
        return new PoolRules(
            FirmExclusion: $"coalesce({rules.FirmNameExclusionSql(mode, dialect: dialect)}, {rules.FirmCrdExclusionSql(dialect: dialect)})",
            TitleExclusion: rules.TitleExclusionSql(mode, dialect: dialect),
            AgeExclusion: rules.AgeExclusionSql(dialect: dialect),
            DisclosureExclusion: rules.DisclosureExclusionSql(dialect: dialect),
            HvWealthTitle: rules.HvWealthTitleSql(mode, dialect: dialect),
            TierCase: rules.TierSql(dialect: dialect),
            Tiers: tiers,
            StandardTier: rules.Default.Name,
            WholeWords: wholeWords);
    }
}
