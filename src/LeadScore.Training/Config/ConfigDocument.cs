using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadScore.Models.Gates;
using YamlDotNet.RepresentationModel;

namespace LeadScore.Training.Config;

/// <summary>
/// A training configuration as a JSON document: the shipped defaults (V4.1 R3 in LightGBM terms) with a user's
/// JSON or YAML file merged over them, then command-line overrides. <see cref="TrainingConfigReader"/> turns it
/// into a checked <see cref="TrainingConfig"/>; the document itself is what a model directory stores.
/// </summary>
public sealed class ConfigDocument
{
    // Dotted key → where its value came from, for every key not left at the shipped default.
    private readonly Dictionary<string, string> origins = new(StringComparer.Ordinal);

    private ConfigDocument(JsonObject root, string source) => (Root, Source) = (root, source);

    public JsonObject Root { get; }

    /// <summary>Where the values came from, for messages.</summary>
    public string Source { get; }

    /// <summary>
    /// Where the value at a dotted key (or the nearest key above it that was set) came from: a command-line option,
    /// the config file, or <see cref="Source"/> when it is a default.
    /// </summary>
    public string OriginOf(string key)
    {
        for (var k = key; k.Length > 0; k = k.Contains('.') ? k[..k.LastIndexOf('.')] : "")
            if (origins.TryGetValue(k, out var origin)) return origin;
        return origins.Where(kv => kv.Key.StartsWith(key + ".", StringComparison.Ordinal)).Select(kv => kv.Value).FirstOrDefault() ?? Source;
    }

    /// <summary>True when nothing under <paramref name="section"/> was set by a config file or an option.</summary>
    public bool IsDefault(string section) => !origins.Keys.Any(k => k == section || k.StartsWith(section + ".", StringComparison.Ordinal));

    /// <summary>The shipped defaults.</summary>
    public static ConfigDocument Defaults()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("config.v41-r3.json")
            ?? throw new InvalidOperationException("the default training config is not embedded");
        var root = (JsonObject)JsonNode.Parse(stream)!;
        root["gates"] = GateSpecs.DefaultJson();
        return new ConfigDocument(root, "defaults (v41-r3)");
    }

    /// <summary>The defaults with <paramref name="path"/> (JSON, or YAML by extension) merged over them.</summary>
    public static ConfigDocument Load(string? path)
    {
        var defaults = Defaults();
        if (path is null) return defaults;
        if (!File.Exists(path)) throw TrainingException.ConfigUnreadable(path, "file not found");
        JsonNode? user;
        try
        {
            var text = File.ReadAllText(path);
            user = Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml" ? FromYaml(text) : JsonNode.Parse(text);
        }
        catch (Exception e) when (e is JsonException or YamlDotNet.Core.YamlException)
        {
            throw TrainingException.ConfigUnreadable(path, $"not valid {(path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "JSON" : "JSON or YAML")} ({e.Message.Split('\n')[0]})");
        }
        if (user is not JsonObject overrides) throw TrainingException.ConfigUnreadable(path, "the top level must be an object of settings");
        Merge(defaults.Root, overrides);
        var document = new ConfigDocument(defaults.Root, path);
        foreach (var key in Leaves(overrides, "")) document.origins[key] = path;
        return document;
    }

    /// <summary>Reads a config stored in a model directory (already complete; nothing merged).</summary>
    public static ConfigDocument Stored(string path)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) is JsonObject root
                ? new ConfigDocument(root, path)
                : throw TrainingException.ConfigUnreadable(path, "not a JSON object");
        }
        catch (JsonException e)
        {
            throw TrainingException.ConfigUnreadable(path, $"invalid JSON ({e.Message})");
        }
    }

    /// <summary>Sets a value by dotted path (e.g. "split.column"), as the command-line option <paramref name="origin"/> does.</summary>
    public void Set(string path, JsonNode? value, string origin)
    {
        origins[path] = origin;
        var parts = path.Split('.');
        JsonObject node = Root;
        foreach (var part in parts[..^1])
        {
            if (node[part] is not JsonObject child)
            {
                child = new JsonObject();
                node[part] = child;
            }
            node = child;
        }
        node[parts[^1]] = value;
    }

    public string ToJson() => Root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    private static IEnumerable<string> Leaves(JsonObject node, string prefix) =>
        node.SelectMany(kv => kv.Value is JsonObject inner && kv.Key != "space" ? Leaves(inner, prefix + kv.Key + ".") : [prefix + kv.Key]);

    private static void Merge(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source.ToList())
        {
            if (value is JsonObject inner && target[key] is JsonObject existing && key != "space") Merge(existing, inner);
            else target[key] = value?.DeepClone();
        }
    }

    private static JsonNode? FromYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? new JsonObject() : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", Convert(kv.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(Convert).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value;
        if (text is null || scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && text is "~" or "null" or "") return null;
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain) return JsonValue.Create(text);
        if (text is "true" or "false") return JsonValue.Create(text == "true");
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer)) return JsonValue.Create(integer);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return JsonValue.Create(number);
        return JsonValue.Create(text);
    }
}
