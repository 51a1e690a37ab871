using System.Text.Json;

namespace LeadScore.Warehouse.Scores;

/// <summary>One model of a scoring run, as the run recorded it (<c>scores.runs.models</c>).</summary>
public sealed record RunModelEntry(string Version, string Role, string Source, string Sha256, int Trees, bool Calibrated, string? Profile);

/// <summary>One check of a scoring run (<c>scores.runs.checks</c>): the PSI when the check measured one.</summary>
public sealed record RunCheckEntry(string Model, string Check, string Value, string Expected, string Outcome, double? Psi)
{
    /// <summary>The feature a skew check measured, "score" for the score distribution, else null.</summary>
    public string? Drifted => Check.StartsWith("skew: ", StringComparison.Ordinal) ? Check["skew: ".Length..] : Psi is null ? null : "score";
}

/// <summary>
/// The JSON columns of a <see cref="RunRecord"/> read back: its models, its checks and its time per stage. The one
/// reader of those columns (the drift readings, the readiness report's run evidence and the dashboard read through it).
/// </summary>
public sealed record RunDetails(IReadOnlyList<RunModelEntry> Models, IReadOnlyList<RunCheckEntry> Checks, IReadOnlyList<(string Stage, double Seconds)> Timings)
{
    public static RunDetails Of(RunRecord run)
    {
        using var models = JsonDocument.Parse(run.Models);
        using var checks = JsonDocument.Parse(run.Checks);
        using var timings = JsonDocument.Parse(run.Timings);
        static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new RunDetails(
            models.RootElement.EnumerateArray().Select(m => new RunModelEntry(Text(m, "version") ?? "?", Text(m, "role") ?? "?", Text(m, "source") ?? "",
                Text(m, "sha256") ?? "", m.TryGetProperty("trees", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 0,
                m.TryGetProperty("calibrated", out var c) && c.ValueKind == JsonValueKind.True, Text(m, "profile"))).ToList(),
            checks.RootElement.EnumerateArray().Select(c => new RunCheckEntry(Text(c, "model") ?? "", Text(c, "check") ?? "", Text(c, "value") ?? "",
                Text(c, "expected") ?? "", Text(c, "outcome") ?? "", c.TryGetProperty("psi", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetDouble() : null)).ToList(),
            timings.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number).Select(p => (p.Name, p.Value.GetDouble())).ToList());
    }

    /// <summary>"model-a (champion), model-b (shadow)".</summary>
    public string ModelNames => string.Join(", ", Models.Select(m => $"{m.Version} ({m.Role})"));

    public int Count(string outcome) => Checks.Count(c => c.Outcome == outcome);
}
