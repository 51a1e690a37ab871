using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;

namespace LeadScore.Lists.Replay;

/// <summary>
/// A replay of the monthly list on historical leads: the leads, the arms whose scores rank them, the rules and the
/// policy of the list, and the places on each month's list (a whole number of reps at the policy's leads per rep).
/// </summary>
public sealed record ReplayRequest(IReadOnlyList<ReplayLead> Leads, IReadOnlyList<ReplayArm> Arms, RuleSet Rules, ListPolicy Policy, int ListSize);
