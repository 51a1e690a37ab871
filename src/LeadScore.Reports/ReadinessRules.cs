using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadScore.Reports;

/// <summary>
/// The decision rules of a readiness report, as data (<c>readiness-rules.json</c> built in; <c>--rules FILE</c>
/// replaces them): a list of rules tried in order, the first whose conditions all hold deciding the outcome. The
/// last rule must have no conditions, so every report reaches a recommendation. A field the format does not know is
/// refused, never ignored: a misspelt condition would otherwise loosen a rule silently.
/// </summary>
public sealed class ReadinessRules
{
    private static readonly string[] TopFields = ["description", "rules"];
    private static readonly string[] RuleFields = ["name", "when", "outcome", "because"];

    private ReadinessRules(string source, string sha256, string? description, IReadOnlyList<ReadinessRule> rules)
    {
        Source = source;
        Sha256 = sha256;
        Description = description;
        Rules = rules;
    }

    /// <summary>Where the rules came from: "built-in" or the file's name.</summary>
    public string Source { get; }

    /// <summary>The SHA-256 of the rules' text, so a report says exactly which rules decided.</summary>
    public string Sha256 { get; }

    public string? Description { get; }

    public IReadOnlyList<ReadinessRule> Rules { get; }

    public bool IsBuiltin => Source == "built-in";

    /// <summary>The rules shipped with leadscore (src/LeadScore.Reports/readiness-rules.json).</summary>
    public static ReadinessRules Builtin()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("reports.readiness-rules.json")
            ?? throw new InvalidOperationException("readiness-rules.json is not embedded");
        return Parse(new StreamReader(stream).ReadToEnd(), "built-in");
    }

    /// <summary>Reads a rules file.</summary>
    /// <exception cref="ReportException">The file cannot be read, is not JSON, or breaks the format (named with the rule and field).</exception>
    public static ReadinessRules Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ReportException.Rules(path, e.Message);
        }
        return Parse(text, path);
    }

    /// <summary>Parses rules from text; <paramref name="source"/> names them in messages and in the report.</summary>
    public static ReadinessRules Parse(string text, string source)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }) as JsonObject
                   ?? throw ReportException.Rules(source, "the file must hold one JSON object with a \"rules\" list");
        }
        catch (JsonException e)
        {
            throw ReportException.Rules(source, $"not valid JSON ({e.Message.Split('.')[0]})");
        }
        Known(root, TopFields, "the top level", source);
        string? description = root["description"] is { } d ? Text(d, "description", source) : null;
        if (root["rules"] is not JsonArray list || list.Count == 0) throw ReportException.Rules(source, "\"rules\" must be a non-empty list of rules");
        var rules = new List<ReadinessRule>();
        for (int i = 0; i < list.Count; i++)
        {
            string where = $"rules[{i}]";
            if (list[i] is not JsonObject rule) throw ReportException.Rules(source, $"{where} must be an object with name, when, outcome and because");
            Known(rule, RuleFields, where, source);
            string name = rule["name"] is { } n ? Text(n, $"{where}.name", source) : throw ReportException.Rules(source, $"{where} has no name");
            where = $"rule '{name}' ({where})";
            if (rules.Any(r => r.Name == name)) throw ReportException.Rules(source, $"{where}: the name is used by an earlier rule; give each rule its own name");
            var outcome = ReadinessOutcomeNames.Parse(rule["outcome"] is JsonValue o && o.TryGetValue(out string? word) ? word : null)
                ?? throw ReportException.Rules(source, $"{where}.outcome must be one of {string.Join(", ", ReadinessOutcomeNames.Names)}, not {rule["outcome"]?.ToJsonString() ?? "missing"}");
            string because = rule["because"] is { } b ? Text(b, $"{where}.because", source) : throw ReportException.Rules(source, $"{where} has no \"because\": say why the outcome follows");
            var when = rule["when"] switch
            {
                null => [],
                JsonObject conditions => conditions.Select(c => RuleCondition.Parse(c.Key, c.Value, $"{where}.when", source)).ToArray(),
                _ => throw ReportException.Rules(source, $"{where}.when must be an object of conditions"),
            };
            rules.Add(new ReadinessRule(name, when, outcome, because));
        }
        if (rules[^1].When.Count > 0)
            throw ReportException.Rules(source, $"the last rule, '{rules[^1].Name}', has conditions; end with a rule without \"when\" so that every report reaches a recommendation");
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new ReadinessRules(source, sha, description, rules);
    }

    /// <summary>The first rule whose conditions all hold.</summary>
    public RuleDecision Decide(ReadinessFacts facts)
    {
        for (int i = 0; i < Rules.Count; i++)
            if (Rules[i].Holds(facts)) return new RuleDecision(Rules[i], i + 1);
        throw new InvalidOperationException("the last rule always holds");
    }

    private static void Known(JsonObject node, string[] fields, string where, string source)
    {
        foreach (var (key, _) in node)
            if (!fields.Contains(key)) throw ReportException.Rules(source, $"unknown field '{key}' in {where} (known: {string.Join(", ", fields)})");
    }

    private static string Text(JsonNode node, string where, string source) =>
        node is JsonValue v && v.TryGetValue(out string? s) && s.Trim().Length > 0 ? s : throw ReportException.Rules(source, $"{where} must be a non-empty text");
}
