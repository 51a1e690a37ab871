using LeadScore.Warehouse;
using LeadScore.Warehouse.Lists;

namespace LeadScore.Lists;

/// <summary>
/// A built list: its record in <c>lists.runs</c> (succeeded or failed), the pool with the drop counts per step, the
/// checks, the summary (tiers, reps, both assignments, expected conversions) and the seconds per stage.
/// </summary>
public sealed record ListResult(ListRecord Record, PoolResult Pool, IReadOnlyList<ListCheck> Checks, ListSummary Summary,
    IReadOnlyDictionary<string, double> Timings)
{
    public bool Published => Record.Status == AttemptStatus.Succeeded;
}
