namespace LeadScore.Registry;

/// <summary>A registered version as the event log leaves it: status, when it was registered, and its sign-offs.</summary>
public sealed record VersionState(string Version, ModelStatus Status, DateTimeOffset RegisteredAt, IReadOnlyList<string> SignOffs);

/// <summary>
/// The registry's state, replayed from its events: every version's status and the champions over time. Replaying
/// applies the <see cref="Lifecycle"/> rules to every event, so a log that makes an impossible move is refused,
/// never half-applied.
/// </summary>
public sealed class RegistryState
{
    private readonly Dictionary<string, VersionState> versions = new(StringComparer.Ordinal);
    private readonly List<(DateTimeOffset Time, string? Champion)> champions = [];
    private readonly List<RegistryEvent> events = [];

    private RegistryState() { }

    public IReadOnlyList<RegistryEvent> Events => events;

    public long LastSeq => events.Count == 0 ? 0 : events[^1].Seq;

    public IReadOnlyCollection<VersionState> Versions => versions.Values;

    public string? Champion => versions.Values.FirstOrDefault(v => v.Status == ModelStatus.Champion)?.Version;

    /// <summary>Replays <paramref name="log"/>'s events (event n on line n of <paramref name="source"/>, for messages).</summary>
    /// <exception cref="RegistryException">An event breaks the lifecycle.</exception>
    public static RegistryState Replay(IReadOnlyList<RegistryEvent> log, string source = "events.jsonl")
    {
        var state = new RegistryState();
        for (int i = 0; i < log.Count; i++)
        {
            if (Lifecycle.Violation(state, log[i]) is { } why) throw RegistryException.LogInvalid(source, i + 1, log[i], why);
            state.Apply(log[i]);
        }
        return state;
    }

    /// <summary>This state with one more event, after checking it against the lifecycle.</summary>
    public RegistryState With(RegistryEvent e) => Replay([.. events, e]);

    public VersionState? Find(string version) => versions.GetValueOrDefault(version);

    /// <summary>A version by name, or an alias: <c>champion</c>, <c>challenger</c> (the latest), <c>latest</c>.</summary>
    public VersionState Resolve(string name)
    {
        var found = name switch
        {
            "champion" => Champion is { } c ? versions[c] : null,
            "challenger" => versions.Values.Where(v => v.Status == ModelStatus.Challenger).MaxBy(v => v.RegisteredAt),
            "latest" => versions.Values.MaxBy(v => v.RegisteredAt),
            _ => versions.GetValueOrDefault(name),
        };
        return found ?? throw RegistryException.UnknownVersion(name, versions.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The champion in force at a moment (the last champion change at or before it), or null.</summary>
    public string? LiveAt(DateTimeOffset moment) =>
        champions.Where(c => c.Time <= moment).Select(c => c.Champion).LastOrDefault();

    /// <summary>The champion before the current one, if it is still there to go back to (deprecated, not archived).</summary>
    public string? PreviousChampion()
    {
        var current = Champion;
        var earlier = champions.Select(c => c.Champion).Where(c => c is not null && c != current).LastOrDefault();
        return earlier is not null && versions.TryGetValue(earlier, out var v) && v.Status == ModelStatus.Deprecated ? earlier : null;
    }

    private void Apply(RegistryEvent e)
    {
        events.Add(e);
        foreach (var change in e.Changes)
        {
            var to = ModelStatusNames.Parse(change.To);
            versions[change.Version] = versions.TryGetValue(change.Version, out var v)
                ? v with { Status = to }
                : new VersionState(change.Version, to, e.Time, []);
        }
        if (e.Action == "sign-off" && e.Role is not null && versions.TryGetValue(e.Version, out var signed))
            versions[e.Version] = signed with { SignOffs = [.. signed.SignOffs, e.Role] };
        if (e.Changes.Any(c => c.To == "champion" || c.From == "champion")) champions.Add((e.Time, Champion));
    }
}
