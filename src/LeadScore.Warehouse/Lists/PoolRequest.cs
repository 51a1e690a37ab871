namespace LeadScore.Warehouse.Lists;

/// <summary>
/// A tier the list knows: a rules tier, the default tier or the score-backfill tier, with its priority rank, its final
/// expected rate and its position in the list order (1 = first; the default tier, which never reaches the list, last).
/// </summary>
public sealed record PoolTier(string Name, int Priority, double FinalRate, int Order);

/// <summary>
/// The rules as the pool runs them: SQL expressions compiled from the rules file (each exclusion returns NULL or the
/// reason; the tier expression returns a tier name) over the vendor's columns and the tier inputs, and the tiers.
/// </summary>
public sealed record PoolRules(string FirmExclusion, string TitleExclusion, string AgeExclusion, string DisclosureExclusion,
    string HvWealthTitle, string TierCase, IReadOnlyList<PoolTier> Tiers, string StandardTier, bool WholeWords);

/// <summary>The score backfill: STANDARD advisors at or above a V4 percentile join the list as their own tier.</summary>
public sealed record PoolBackfill(string Tier, int MinPercentile, double Rate);

/// <summary>The numbers and switches of the list policy that the pool applies (spec §5.2 D–L).</summary>
public sealed record PoolPolicy(
    bool NullTitleDropped,
    bool SmallFirmsMeasured,
    int RecyclableDays,
    IReadOnlyList<string> ClosedStatuses,
    int DeprioritizeAtOrBelow,
    PoolBackfill? Backfill,
    IReadOnlyList<string> DisagreementTiers,
    int DisagreementBelow,
    bool DisagreementBeforeAssignment,
    int FirmCap,
    IReadOnlyDictionary<string, int> Quotas,
    int NoLinkedInCap,
    int ListSize);

/// <summary>What the pool is built from: the date the inputs are computed as of, the scoring run and its champion, the rules and the policy.</summary>
public sealed record PoolRequest(DateOnly AsOf, string ScoreRun, string Champion, PoolRules Rules, PoolPolicy Policy);

/// <summary>A selected lead, as the allocation needs it.</summary>
public sealed record PoolLead(long AdvisorCrd, string FinalTier, string V3Tier, int TierOrder, double ExpectedRate, long FirmCrd,
    bool PartnerOrFounder, int ListRank, int Percentile);

/// <summary>The pool after every step before assignment: the selected leads in list order and how many advisors each step dropped.</summary>
public sealed record PoolResult(IReadOnlyList<PoolLead> Selected, IReadOnlyList<PoolStepCount> Steps, long Advisors);

/// <summary>How many advisors a step of the build dropped.</summary>
public sealed record PoolStepCount(string Step, long Advisors);

/// <summary>Where an advisor of a replayed pool ended: its V3 tier, its final tier (the backfill's, or the V3 tier) and the step that dropped it (null: on the list).</summary>
public sealed record PoolOutcome(string V3Tier, string FinalTier, string? DropStep);
