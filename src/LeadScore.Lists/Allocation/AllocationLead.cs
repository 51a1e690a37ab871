namespace LeadScore.Lists.Allocation;

/// <summary>
/// One lead of the month's list, as the allocation sees it: who (<paramref name="AdvisorCrd"/>), its final tier and
/// the tier's final expected conversion rate, its firm and whether it is a partner or founder there, and its place
/// in the whole list.
/// </summary>
/// <param name="AdvisorCrd">The advisor's CRD; unique in a list.</param>
/// <param name="Tier">The final tier name (e.g. TIER_2_PROVEN_MOVER, STANDARD_HIGH_V4).</param>
/// <param name="TierOrder">The tier's place in list order; 1 = best.</param>
/// <param name="ExpectedRate">The tier's final expected conversion rate, in [0, 1].</param>
/// <param name="FirmCrd">The advisor's primary firm.</param>
/// <param name="PartnerOrFounder">The job title names a partner or founder; one rep owns a firm's leadership.</param>
/// <param name="OverallRank">1 = best lead of the whole list; unique in a list.</param>
public sealed record AllocationLead(
    long AdvisorCrd, string Tier, int TierOrder, double ExpectedRate, long FirmCrd, bool PartnerOrFounder, int OverallRank);
