namespace LeadScore.Lists.Rules.Internal;

internal sealed partial class RuleFileReader
{
    /// <summary>
    /// Finds tiers that can never match: each of their alternatives either contradicts itself or lies inside an
    /// alternative of an earlier tier (so the earlier tier always takes those prospects first). An alternative covered
    /// that way while others of its tier still match is a warning.
    /// </summary>
    private void TierReach(IReadOnlyList<ReadTier> tiers)
    {
        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i];
            if (!tier.Sound) continue;
            var reasons = new List<string?>();
            foreach (var alternative in tier.Rule.When)
                reasons.Add(Unreachable(alternative, tiers.Take(i).Where(t => t.Sound)));
            var field = $"tiers.{tier.Rule.Name}";
            if (reasons.All(r => r is not null))
            {
                var why = tier.Rule.When.Count == 1 ? "it " + reasons[0] : string.Join("; ", reasons.Select((r, k) => $"alternative {k + 1} {r}"));
                ErrorAt(tier.Rule.Line, (int)tier.Node.Start.Column, field, $"tier {tier.Rule.Name} can never match: {why}; change its conditions or its place in the order");
                continue;
            }
            for (var k = 0; k < reasons.Count; k++)
                if (reasons[k] is { } reason)
                    Warning(tier.Rule.When[k].Line, 1, $"{field}.when[{k + 1}]", $"this alternative never matches: it {reason}; remove it or narrow the earlier tier");
        }
    }

    private static string? Unreachable(Alternative alternative, IEnumerable<ReadTier> earlier)
    {
        if (alternative.Conditions.FirstOrDefault(c => c.Range.IsEmpty) is { } empty)
            return $"contradicts itself ({empty.Input.Name}: {empty.Written} allows no value)";
        foreach (var tier in earlier)
            for (var k = 0; k < tier.Rule.When.Count; k++)
                if (alternative.IsWithin(tier.Rule.When[k]))
                    return $"lies inside {tier.Rule.Name}{(tier.Rule.When.Count > 1 ? $" (alternative {k + 1}: {tier.Rule.When[k].Words})" : $" ({tier.Rule.When[k].Words})")}, which comes first";
        return null;
    }
}
