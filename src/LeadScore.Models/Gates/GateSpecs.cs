using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadScore.Models.Gates;

/// <summary>
/// Gates as configuration: the list format (<c>[{id, description, metric, op, fail, warn}]</c>) read with the
/// caller's error for a bad entry, and the shipped default gates (the original V4.1 validation gates).
/// </summary>
public static class GateSpecs
{
    /// <summary>The default gates as JSON, for a configuration document to start from.</summary>
    public static JsonArray DefaultJson()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("gates.default.json")
            ?? throw new InvalidOperationException("the default gates are not embedded");
        return (JsonArray)JsonNode.Parse(stream)!["gates"]!.DeepClone();
    }

    /// <summary>The default gates.</summary>
    public static IReadOnlyList<GateSpec> Defaults() =>
        Parse(DefaultJson(), (key, rule) => new InvalidOperationException($"the shipped default gates are invalid: {key} {rule}"));

    /// <summary>Reads a gate list; <paramref name="fail"/> makes the error for a key and the rule it broke.</summary>
    public static IReadOnlyList<GateSpec> Parse(JsonNode? node, Func<string, string, Exception> fail)
    {
        if (node is null) return [];
        if (node is not JsonArray gates) throw fail("gates", "must be a list of {id, metric, op, fail, warn}");
        var specs = new List<GateSpec>();
        foreach (var item in gates)
        {
            if (item is not JsonObject g) throw fail("gates", "each gate must be an object");
            string id = Text(g, "id", fail) ?? "";
            string key = $"gates[{(id.Length > 0 ? id : specs.Count.ToString(CultureInfo.InvariantCulture))}]";
            if (id.Length == 0) throw fail(key, "needs an \"id\"");
            foreach (var (name, _) in g)
                if (name is not ("id" or "description" or "metric" or "op" or "fail" or "warn"))
                    throw fail($"{key}.{name}", "is not a gate setting (id, description, metric, op, fail, warn)");
            string metric = Text(g, "metric", fail) ?? "";
            if (!GateMetrics.IsKnown(metric)) throw fail(key + ".metric", $"'{metric}' is not a known metric ({string.Join(", ", GateMetrics.Names)})");
            string op = Text(g, "op", fail) ?? "";
            if (!GateEvaluator.Operators.Contains(op)) throw fail(key + ".op", $"must be one of {string.Join(" ", GateEvaluator.Operators)}");
            double? failAt = Number(g["fail"], key + ".fail", fail);
            double? warnAt = Number(g["warn"], key + ".warn", fail);
            if (failAt is null && warnAt is null) throw fail(key, "needs a \"fail\" or a \"warn\" threshold");
            specs.Add(new GateSpec(id, Text(g, "description", fail) ?? metric, metric, op, failAt, warnAt));
        }
        if (specs.GroupBy(s => s.Id).FirstOrDefault(x => x.Count() > 1) is { } twice) throw fail("gates", $"id '{twice.Key}' appears twice");
        return specs;
    }

    private static string? Text(JsonObject o, string key, Func<string, string, Exception> fail) => o[key] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? s) => s,
        _ => throw fail(key, "must be text"),
    };

    private static double? Number(JsonNode? node, string key, Func<string, string, Exception> fail)
    {
        if (node is null) return null;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number) return double.Parse(v.ToJsonString(), CultureInfo.InvariantCulture);
        throw fail(key, "must be a number");
    }
}
