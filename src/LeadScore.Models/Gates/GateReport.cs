using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadScore.Models.Gates;

/// <summary>
/// A model's gate results, as its directory keeps them in <c>gates.json</c>: the overall verdict, each gate, the
/// metrics they were evaluated on, and where those metrics came from.
/// </summary>
public sealed record GateReport(GateStatus Overall, IReadOnlyList<GateResult> Gates, IReadOnlyDictionary<string, double> Metrics, string? Source = null)
{
    /// <summary>Evaluates <paramref name="gates"/> on <paramref name="metrics"/>.</summary>
    public static GateReport Of(IReadOnlyList<GateSpec> gates, IReadOnlyDictionary<string, double> metrics, string? source = null)
    {
        var results = GateEvaluator.Evaluate(gates, metrics);
        return new GateReport(GateEvaluator.Overall(results), results, metrics, source);
    }

    /// <summary>The ids of the gates that failed.</summary>
    public IReadOnlyList<string> Failed => Gates.Where(g => g.Status == GateStatus.Fail).Select(g => g.Id).ToArray();

    public string ToJson() => JsonSerializer.Serialize(this, ModelDirectory.Json);

    /// <summary>The report in <paramref name="folder"/>'s <c>gates.json</c>; null when there is none.</summary>
    public static GateReport? Read(string folder)
    {
        var path = Path.Combine(folder, ModelDirectory.GatesFile);
        if (!File.Exists(path)) return null;
        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new JsonException("empty");
            var overall = Status(root["overall"]?.GetValue<string>()) ?? throw new JsonException("no \"overall\" verdict (pass, warn or fail)");
            var gates = (root["gates"] as JsonArray ?? []).Select(g => new GateResult(
                g!["id"]?.GetValue<string>() ?? "?", g["description"]?.GetValue<string>() ?? "", g["metric"]?.GetValue<string>() ?? "",
                g["op"]?.GetValue<string>() ?? "", Number(g["value"]), Number(g["fail"]), Number(g["warn"]),
                Status(g["status"]?.GetValue<string>()) ?? GateStatus.Skipped)).ToArray();
            var metrics = (root["metrics"] as JsonObject ?? []).Where(kv => Number(kv.Value) is not null)
                .ToDictionary(kv => kv.Key, kv => Number(kv.Value)!.Value);
            return new GateReport(overall, gates, metrics, root["source"]?.GetValue<string>());
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            throw ModelDirectoryException.Unreadable(path, e.Message);
        }
    }

    private static GateStatus? Status(string? text) => text switch
    {
        "pass" => GateStatus.Pass,
        "warn" => GateStatus.Warn,
        "fail" => GateStatus.Fail,
        "skipped" => GateStatus.Skipped,
        _ => null,
    };

    private static double? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>()
        : node is JsonValue s && s.TryGetValue(out string? text) && text is "NaN" ? double.NaN : null;
}
