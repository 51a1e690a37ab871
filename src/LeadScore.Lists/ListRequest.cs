using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;

namespace LeadScore.Lists;

/// <summary>
/// A month's list to build: the month (yyyy-MM, also the list id), the scoring run to build it from (null: the latest
/// successful run as of a day of the month before or the month's first day: an older run is never picked by default), the policy and
/// rules, the leads per rep (null: the policy's), and whether a list shorter than reps × per-rep may be published.
/// </summary>
public sealed record ListRequest(string Month, string? ScoreRun, ListPolicy Policy, RuleSet Rules, int? PerSga = null, bool AllowShort = false);
