namespace LeadScore.Lists.Policy;

/// <summary>The messages of a policy that cannot be used, written once, each naming the file and the field.</summary>
internal static class ListPolicyErrors
{
    public static ListException Unreadable(string path, string why) =>
        new($"cannot read the list policy {path}: {why}. Pass --policy default, --policy original or a readable policy file.");

    public static ListException Invalid(string source, string why) =>
        new($"list policy {source}: {why}. Fix the file; the built-in policies are src/LeadScore.Lists/Policy/default.json and original.json.");

    public static void Check(ListPolicy p, string source)
    {
        void Require(bool ok, string field, string what)
        {
            if (!ok) throw Invalid(source, $"{field} {what}");
        }
        Require(p.PerSga > 0, "per_sga", $"must be positive (it is {p.PerSga})");
        Require(p.PatternMatch is null or "word" or "substring", "pattern_match", $"must be 'word' or 'substring', or left out to follow the rules file (it is '{p.PatternMatch}')");
        Require(p.NullTitles is "keep" or "drop", "null_titles", $"must be 'keep' or 'drop' (it is '{p.NullTitles}')");
        Require(p.SmallFirms is "measured" or "zero", "small_firms", $"must be 'measured' or 'zero' (it is '{p.SmallFirms}')");
        Require(p.RecyclableAfterDays >= 0, "recyclable_after_days", "must not be negative");
        Require(p.DeprioritizeAtOrBelow is >= 0 and <= 100, "deprioritize_at_or_below", "must be a percentile 0..100");
        Require(p.Backfill.MinPercentile is >= 1 and <= 100, "backfill.min_percentile", "must be a percentile 1..100");
        Require(p.Backfill.Rate is >= 0 and <= 1, "backfill.rate", "must be a rate between 0 and 1");
        Require(p.Backfill.QuotaPer12Sgas >= 0, "backfill.quota_per_12_sgas", "must not be negative");
        Require(!string.IsNullOrWhiteSpace(p.Backfill.Tier), "backfill.tier", "must name the backfill tier");
        Require(p.Disagreement.Stage is "before-assignment" or "after-assignment", "disagreement.stage",
            $"must be 'before-assignment' or 'after-assignment' (it is '{p.Disagreement.Stage}')");
        Require(p.Disagreement.BelowPercentile is >= 0 and <= 101, "disagreement.below_percentile", "must be a percentile");
        Require(p.FirmCap > 0, "firm_cap", "must be positive");
        Require(p.NoLinkedinCapPer12Sgas >= 0, "no_linkedin_cap_per_12_sgas", "must not be negative");
        Require(p.Assignment is "balanced" or "round-robin", "assignment", $"must be 'balanced' or 'round-robin' (it is '{p.Assignment}')");
        foreach (var (tier, quota) in p.QuotasPer12Sgas) Require(quota >= 0, $"quotas_per_12_sgas.{tier}", "must not be negative");
        foreach (var (tier, share) in p.TierShareMax) Require(share is >= 0 and <= 1, $"tier_share_max.{tier}", "must be a share between 0 and 1");
    }
}
