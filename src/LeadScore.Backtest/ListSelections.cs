using LeadScore.Lists.Replay;
using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Backtest;

/// <summary>
/// The <c>list</c> policy: the lead list's own policy and rules replayed on the backtest's leads in the warehouse
/// (<see cref="ListReplay"/>), once per arm with that arm's scores, each contact month as one list as of its first
/// day. The inputs that exist only as current values are named in the result's notes.
/// </summary>
internal static class ListSelections
{
    public static (bool[] Champion, bool[] Challenger) Replay(BacktestRequest request, BacktestLeads leads, double[] championScores,
        double[] challengerScores, List<string> notes, Action<string> progress)
    {
        if (leads.Advisors is null || leads.Advisors.Any(a => a < 0))
            throw new BacktestException($"--policy list needs each lead's advisor CRD in column {request.AdvisorColumn} of {leads.Source}; the warehouse's features.training has it.");
        var replayLeads = leads.LeadIds.Select((id, i) => new ReplayLead(id, leads.Advisors[i], leads.Dates[i])).ToList();
        using var warehouse = Store.OpenExisting(request.Warehouse!, readOnly: true);
        var result = ListReplay.Run(warehouse, new ReplayRequest(replayLeads,
            [new ReplayArm("champion", championScores), new ReplayArm("challenger", challengerScores)],
            request.Rules ?? RuleSet.Builtin(), request.ListPolicy ?? ListPolicy.Resolve("default"), request.Policy.ListSize), progress);
        if (result.CurrentNotPointInTime.Count > 0)
            notes.Add($"The list replay takes these tier inputs as they are now, not as of each contact month (the warehouse has no history of them): {string.Join(", ", result.CurrentNotPointInTime)}.");
        notes.Add("The list replay ignores Salesforce's current lead status, do-not-call flag and call history: today's values include each lead's own outcome.");
        return (result.Arms[0].Selected, result.Arms[1].Selected);
    }
}
