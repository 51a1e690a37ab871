using LeadScore.Registry;

namespace LeadScore.Dashboard.Pages;

/// <summary>
/// One stretch of a version in one status: from the event that put it there to the event that moved it on (null
/// while it still holds). Read from the status changes of the registry's replayed events, which the replay has
/// already checked against the lifecycle, so nothing here decides what a move may be.
/// </summary>
public sealed record StatusPeriod(string Version, ModelStatus Status, RegistryEvent Began, RegistryEvent? Ended)
{
    public DateTimeOffset From => Began.Time;

    /// <summary>When it ended, or <paramref name="now"/> while it holds.</summary>
    public DateTimeOffset Until(DateTimeOffset now) => Ended?.Time ?? now;

    /// <summary>Every version's periods in the order they began (a version's first is its registration).</summary>
    public static IReadOnlyList<StatusPeriod> Of(RegistryState state)
    {
        var open = new Dictionary<string, StatusPeriod>(StringComparer.Ordinal);
        var periods = new List<StatusPeriod>();
        foreach (var e in state.Events)
            foreach (var change in e.Changes)
            {
                if (open.Remove(change.Version, out var before)) periods.Add(before with { Ended = e });
                open[change.Version] = new StatusPeriod(change.Version, ModelStatusNames.Parse(change.To), e, null);
            }
        periods.AddRange(open.Values);
        return periods.OrderBy(p => p.Began.Seq).ThenBy(p => p.Version, StringComparer.Ordinal).ToArray();
    }
}
