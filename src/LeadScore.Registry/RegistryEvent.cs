using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadScore.Registry;

/// <summary>One status change a registry event makes.</summary>
public sealed record StatusChange(string Version, string? From, string To);

/// <summary>
/// One line of the append-only event log: when it took effect (<paramref name="Time"/>) and was written
/// (<paramref name="RecordedAt"/>), who did it, what (register, promote, rollback, archive, sign-off), the status
/// changes it made all at once, the reason, the SHA-256 of the evidence it relied on, and whether it was forced.
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
    string? Role = null)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToLine() => JsonSerializer.Serialize(this, Json);

    public static RegistryEvent? FromLine(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<RegistryEvent>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
