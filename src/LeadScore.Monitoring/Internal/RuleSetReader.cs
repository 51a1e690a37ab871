using System.Text.Json;

namespace LeadScore.Monitoring.Internal;

/// <summary>
/// Reads a rule set from JSON by hand rather than by a serializer, so every refusal names the rule (its index and name)
/// and the field, and says what the field may hold.
/// </summary>
internal static class RuleSetReader
{
    private static readonly string[] SetFields = ["name", "description", "rules"];

    private static readonly Dictionary<string, string> RuleFields = new()
    {
        ["name"] = "a short unique name",
        ["description"] = "one sentence on what the rule is for",
        ["metric"] = $"one of {string.Join(", ", RuleSpelling.Metrics.Keys)}",
        ["window"] = $"one of {string.Join(", ", RuleSpelling.Windows.Keys)}",
        ["comparison"] = "below or above",
        ["threshold"] = "a number: 0.03 for a 3% rate, 1.5 for a lift, 0 for a difference, 0.25 for a PSI",
        ["consecutive"] = "how many periods in a row, 1 or more (default 1)",
        ["evidence"] = $"one of {string.Join(", ", RuleSpelling.Evidence.Keys)}",
        ["action"] = $"one of {string.Join(", ", RuleSpelling.Actions.Keys)}",
        ["model"] = "champion (default) or challenger",
        ["adjust_for_maturity"] = "true (default) or false",
        ["cumulative"] = "false (default) or true",
        ["confidence"] = "the interval's level or 1 − the test's error, default 0.95",
        ["mixture_sd"] = $"sequential evidence only: the rate difference the test is tuned to (default {Rule.DefaultMixtureSd})",
        ["feature"] = "psi and psi_trend only: the feature to watch, or \"score\"",
        ["runs"] = "psi_trend only: the runs the trend is fitted on, 3 or more (default 3)",
    };

    private static readonly string[] Required = ["name", "description", "metric", "window", "comparison", "threshold", "evidence", "action"];

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static RuleSet Parse(string json, string source)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json, Options); }
        catch (JsonException e)
        {
            var message = e.Message.Split(" LineNumber:")[0].TrimEnd('.');
            throw MonitoringException.InvalidRules(source, e.LineNumber is { } line ? $"line {line + 1}" : "the file", $"not valid JSON: {message}.");
        }
        using (document)
        {
            var root = document.RootElement;
            const string top = "the rule set";
            if (root.ValueKind != JsonValueKind.Object) throw MonitoringException.InvalidRules(source, top, "expected a JSON object { \"name\", \"description\", \"rules\" }.");
            var fields = Fields(root, source, top, SetFields, "a rule set's fields are name, description, rules");
            foreach (var field in SetFields)
                if (!fields.ContainsKey(field)) throw MonitoringException.InvalidRules(source, top, $"missing field '{field}'.");
            var name = StringField(fields["name"], source, top, "name");
            var description = StringField(fields["description"], source, top, "description");
            if (fields["rules"].ValueKind != JsonValueKind.Array || fields["rules"].GetArrayLength() == 0)
                throw MonitoringException.InvalidRules(source, top, "'rules' must be a non-empty array of rules.");
            var rules = new List<Rule>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var element in fields["rules"].EnumerateArray())
            {
                var rule = ReadRule(element, source, index);
                var where = Where(index, rule.Name);
                if (!names.Add(rule.Name)) throw MonitoringException.InvalidRules(source, where, $"another rule is already named '{rule.Name}'; give each rule its own name.");
                if (RuleCheck.Problem(rule) is { } problem) throw MonitoringException.InvalidRules(source, where, problem);
                rules.Add(rule);
                index++;
            }
            return new RuleSet(name, description, rules);
        }
    }

    private static Rule ReadRule(JsonElement element, string source, int index)
    {
        if (element.ValueKind != JsonValueKind.Object) throw MonitoringException.InvalidRules(source, $"rules[{index}]", "a rule must be a JSON object.");
        var named = element.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var where = Where(index, named);
        var fields = Fields(element, source, where, RuleFields.Keys, $"a rule's fields are {string.Join(", ", RuleFields.Keys)}");
        foreach (var field in Required)
            if (!fields.ContainsKey(field)) throw MonitoringException.InvalidRules(source, where, $"missing field '{field}' ({RuleFields[field]}).");
        T Choice<T>(string field, IReadOnlyDictionary<string, T> choices, T otherwise)
        {
            if (!fields.TryGetValue(field, out var value)) return otherwise;
            var text = StringField(value, source, where, field);
            return choices.TryGetValue(text, out var choice) ? choice
                : throw MonitoringException.InvalidRules(source, where, $"'{field}' is '{text}', not {RuleFields[field]}.");
        }
        double Number(string field, double otherwise) =>
            !fields.TryGetValue(field, out var value) ? otherwise
            : value.ValueKind == JsonValueKind.Number ? value.GetDouble()
            : throw MonitoringException.InvalidRules(source, where, $"'{field}' must be a number ({RuleFields[field]}), not {Kind(value)}.");
        int Whole(string field, int otherwise) =>
            !fields.TryGetValue(field, out var value) ? otherwise
            : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var whole) ? whole
            : throw MonitoringException.InvalidRules(source, where, $"'{field}' must be a whole number ({RuleFields[field]}), not {Kind(value)}.");
        bool Flag(string field, bool otherwise) =>
            !fields.TryGetValue(field, out var value) ? otherwise
            : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
            : throw MonitoringException.InvalidRules(source, where, $"'{field}' must be true or false, not {Kind(value)}.");

        var metric = Choice("metric", RuleSpelling.Metrics, RuleMetric.OverallRate);
        var evidence = Choice("evidence", RuleSpelling.Evidence, EvidenceStandard.Point);
        if (fields.ContainsKey("mixture_sd") && evidence != EvidenceStandard.Sequential)
            throw MonitoringException.InvalidRules(source, where, "'mixture_sd' tunes a sequential test; drop it, or use sequential evidence.");
        if (fields.ContainsKey("feature") && metric is not (RuleMetric.Psi or RuleMetric.PsiTrend))
            throw MonitoringException.InvalidRules(source, where, "'feature' names the feature a PSI rule watches; drop it for other metrics.");
        if (fields.ContainsKey("runs") && metric != RuleMetric.PsiTrend)
            throw MonitoringException.InvalidRules(source, where, "'runs' is the number of scoring runs of a psi_trend rule; drop it for other metrics.");
        if (evidence == EvidenceStandard.Sequential && fields.ContainsKey("cumulative") && !Flag("cumulative", true))
            throw MonitoringException.InvalidRules(source, where, "a sequential test always accumulates every lead since the first list's first day; drop 'cumulative' or set it to true.");
        return new Rule(
            Name: named ?? StringField(fields["name"], source, where, "name"),
            Description: StringField(fields["description"], source, where, "description"),
            Metric: metric,
            Window: Choice("window", RuleSpelling.Windows, RuleWindow.Day),
            Comparison: Choice("comparison", RuleSpelling.Comparisons, RuleComparison.Below),
            Threshold: Number("threshold", 0),
            Consecutive: Whole("consecutive", 1),
            Evidence: evidence,
            Action: Choice("action", RuleSpelling.Actions, RuleAction.Alert),
            Model: Choice("model", RuleSpelling.Models, JudgedModel.Champion),
            AdjustForMaturity: Flag("adjust_for_maturity", true),
            Cumulative: Flag("cumulative", false),
            Confidence: Number("confidence", 0.95),
            MixtureSd: Number("mixture_sd", Rule.DefaultMixtureSd),
            Feature: fields.TryGetValue("feature", out var feature) ? StringField(feature, source, where, "feature") : null,
            Runs: Whole("runs", 3));
    }

    private static Dictionary<string, JsonElement> Fields(JsonElement element, string source, string where, IEnumerable<string> allowed, string list)
    {
        var known = allowed.ToList();
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                var close = known.FirstOrDefault(k => Distance(k, property.Name) <= 2);
                throw MonitoringException.InvalidRules(source, where,
                    $"unknown field '{property.Name}'{(close is null ? "" : $" (did you mean '{close}'?)")}; {list}.");
            }
            if (!fields.TryAdd(property.Name, property.Value))
                throw MonitoringException.InvalidRules(source, where, $"field '{property.Name}' appears twice; give it once.");
        }
        return fields;
    }

    private static string StringField(JsonElement value, string source, string where, string field) =>
        value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString()!
        : throw MonitoringException.InvalidRules(source, where, $"'{field}' must be a non-empty string, not {Kind(value)}.");

    private static string Where(int index, string? name) => name is null ? $"rules[{index}]" : $"rules[{index}] ('{name}')";

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };

    /// <summary>Levenshtein distance, to suggest the field a typo meant.</summary>
    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = current;
            }
        }
        return row[b.Length];
    }
}
