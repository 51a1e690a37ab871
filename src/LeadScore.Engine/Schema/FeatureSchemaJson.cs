using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadScore.Engine.Schema;

/// <summary>
/// Reads and writes schemas as JSON. Two layouts are read: the engine's own
/// (<c>{"name", "features": [{"name", "column", "categories": {label: code}, "null": "reject"|"missing"|{"fill": v}, "unseen": "reject"|"null", "min": v}]}</c>)
/// and the original system's <c>final_features.json</c> (<c>final_features</c> + <c>categorical_mappings</c>).
/// </summary>
public static class FeatureSchemaJson
{
    public static FeatureSchema Parse(string json, string source)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(json); }
        catch (JsonException e) { throw ScoringException.SchemaInvalid(source, $"invalid JSON ({e.Message})"); }
        if (root is not JsonObject obj) throw ScoringException.SchemaInvalid(source, "not a JSON object");
        try
        {
            if (obj["features"] is JsonArray features) return ReadOwn(obj, features, source);
            if (obj["final_features"] is JsonArray names) return ReadFinalFeatures(obj, names, source);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
        {
            throw ScoringException.SchemaInvalid(source, e.Message);
        }
        throw ScoringException.SchemaInvalid(source, "has neither 'features' (leadscore schema) nor 'final_features' (final_features.json)");
    }

    /// <summary>True when a final_features.json carries category codes, which makes it a usable schema.</summary>
    public static bool HasCategoricalMappings(string json)
    {
        try { return JsonNode.Parse(json) is JsonObject o && o["categorical_mappings"] is JsonObject { Count: > 0 }; }
        catch (JsonException) { return false; }
    }

    public static string Write(FeatureSchema schema)
    {
        var features = new JsonArray();
        foreach (var f in schema.Features)
        {
            var node = new JsonObject { ["name"] = f.Name };
            if (f.Column != f.Name) node["column"] = f.Column;
            if (f.Categories is not null)
                node["categories"] = new JsonObject(f.Categories.OrderBy(kv => kv.Value)
                    .Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value))));
            if (f.Nulls.Handling != NullHandling.Reject)
                node["null"] = f.Nulls.Handling == NullHandling.Missing ? "missing" : new JsonObject { ["fill"] = f.Nulls.FillValue };
            if (f.UnseenAsNull) node["unseen"] = "null";
            if (f.Minimum is { } minimum) node["min"] = minimum;
            features.Add(node);
        }
        var root = new JsonObject { ["name"] = schema.Name };
        if (schema.Description is not null) root["description"] = schema.Description;
        root["features"] = features;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static FeatureSchema ReadOwn(JsonObject obj, JsonArray features, string source)
    {
        var specs = new List<FeatureSpec>();
        foreach (var item in features)
        {
            if (item is not JsonObject f || f["name"]?.GetValue<string>() is not { } name)
                throw ScoringException.SchemaInvalid(source, "every feature needs a \"name\"");
            var categories = f["categories"] is JsonObject c
                ? c.ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<int>())
                : null;
            bool unseenAsNull = f["unseen"]?.GetValue<string>() switch
            {
                null or "reject" => false,
                "null" => true,
                var other => throw ScoringException.SchemaInvalid(source, $"feature '{name}': \"unseen\" must be \"reject\" or \"null\", not \"{other}\""),
            };
            float? minimum = f["min"] switch
            {
                null => null,
                JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<float>(),
                _ => throw ScoringException.SchemaInvalid(source, $"feature '{name}': \"min\" must be a number"),
            };
            specs.Add(new FeatureSpec(name, f["column"]?.GetValue<string>(), categories, ReadNull(f["null"], name, source), unseenAsNull, minimum));
        }
        return new FeatureSchema(obj["name"]?.GetValue<string>() ?? source, specs, obj["description"]?.GetValue<string>());
    }

    private static NullPolicy ReadNull(JsonNode? node, string feature, string source) => node switch
    {
        null => NullPolicy.Reject,
        JsonValue v when v.GetValue<string>() == "reject" => NullPolicy.Reject,
        JsonValue v when v.GetValue<string>() == "missing" => NullPolicy.Missing,
        JsonObject o when o["fill"] is JsonValue fill => NullPolicy.Fill(fill.GetValue<float>()),
        _ => throw ScoringException.SchemaInvalid(source, $"feature '{feature}': \"null\" must be \"reject\", \"missing\" or {{\"fill\": <number>}}"),
    };

    // final_features.json maps code → label per raw column; the model feature is "<column>_encoded" (R3) or the column itself.
    private static FeatureSchema ReadFinalFeatures(JsonObject obj, JsonArray names, string source)
    {
        var mappings = (obj["categorical_mappings"] as JsonObject ?? new JsonObject())
            .ToDictionary(kv => kv.Key, kv => ((JsonObject)kv.Value!).ToDictionary(
                c => c.Value!.GetValue<string>(), c => int.Parse(c.Key, CultureInfo.InvariantCulture)));
        var specs = names.Select(n => n!.GetValue<string>()).Select(name =>
        {
            string column = name.EndsWith("_encoded", StringComparison.Ordinal) && mappings.ContainsKey(name[..^8]) ? name[..^8] : name;
            return new FeatureSpec(name, column, mappings.GetValueOrDefault(column));
        }).ToArray();
        return new FeatureSchema(source, specs, "read from final_features.json: category codes as trained; NULL is an error");
    }
}
