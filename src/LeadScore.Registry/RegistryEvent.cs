using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadScore.Registry;

/// <summary>One status change a registry event makes.</summary>
public sealed record StatusChange(string Version, string? From, string To);

/// <summary>
/// One line of the append-only event log: when it took effect (<paramref name="Time"/>) and was written
/// (<paramref name="RecordedAt"/>), who did it, what (register, promote, deprecate, rollback, archive, sign-off), the
/// status changes it made all at once, the reason, the SHA-256 of the evidence it relied on, and whether it was forced;
/// an evidence event also says its kind (backtest, readiness) and the champion it compares against.
/// </summary>
public sealed record RegistryEvent(
    long Seq,
    DateTimeOffset Time,
    DateTimeOffset RecordedAt,
    string Actor,
    string Action,
    string Version,
    IReadOnlyList<StatusChange> Changes,
    string? Reason = null,
    string? Evidence = null,
    string? EvidenceSha256 = null,
    bool Forced = false,
    string? Role = null,
    string? Kind = null,
    string? Against = null)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToLine() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads one log line.</summary>
    /// <exception cref="FormatException">The line is not an event this registry knows, with the reason.</exception>
    public static RegistryEvent Parse(string line)
    {
        if (line.Trim().Length == 0) throw new FormatException("the line is empty");
        RegistryEvent? e;
        try
        {
            e = JsonSerializer.Deserialize<RegistryEvent>(line, Json);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not a JSON event ({ex.Message.Split('.')[0]})");
        }
        if (e is null) throw new FormatException("not a JSON event (null)");
        if (!Lifecycle.Actions.Contains(e.Action)) throw new FormatException($"unknown event type '{e.Action}' (known: {string.Join(", ", Lifecycle.Actions)})");
        if (string.IsNullOrEmpty(e.Version) || string.IsNullOrEmpty(e.Actor) || e.Changes is null || e.Seq < 1 || e.Time == default)
            throw new FormatException("an event needs seq, time, actor, action, version and changes");
        foreach (var change in e.Changes)
            if (change is null || string.IsNullOrEmpty(change.Version) || !ModelStatusNames.IsKnown(change.To) || change.From is not null && !ModelStatusNames.IsKnown(change.From))
                throw new FormatException("a status change needs a version and known statuses");
        return e;
    }
}
