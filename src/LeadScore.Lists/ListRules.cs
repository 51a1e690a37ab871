using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;
using LeadScore.Warehouse.Lists;

namespace LeadScore.Lists;

/// <summary>The rules compiled for the pool: exclusions, signal and tier expressions in the matching mode (the policy's, else the rules file's), and the tiers in list order.</summary>
internal static class ListRules
{
    public static PoolRules Compile(RuleSet rules, ListPolicy policy)
    {
        bool wholeWords = policy.WholeWords(rules);
        var mode = wholeWords ? PatternMatch.Word : PatternMatch.Substring;
        var tiers = rules.Tiers.Select((t, i) => new PoolTier(t.Name, t.Priority, t.FinalRate, i + 1)).ToList();
        tiers.Add(new PoolTier(rules.Default.Name, rules.Default.Priority, rules.Default.FinalRate, int.MaxValue / 2));
        return new PoolRules(
            FirmExclusion: $"coalesce({rules.FirmNameExclusionSql(mode)}, {rules.FirmCrdExclusionSql()})",
            TitleExclusion: rules.TitleExclusionSql(mode),
            AgeExclusion: rules.AgeExclusionSql(),
            DisclosureExclusion: rules.DisclosureExclusionSql(),
            HvWealthTitle: rules.HvWealthTitleSql(mode),
            TierCase: rules.TierSql(),
            Tiers: tiers,
            StandardTier: rules.Default.Name,
            WholeWords: wholeWords);
    }
}
