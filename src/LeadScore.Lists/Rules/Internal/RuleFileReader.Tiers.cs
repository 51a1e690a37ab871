using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace LeadScore.Lists.Rules.Internal;

internal sealed partial class RuleFileReader
{
    private static readonly string[] TierFields = ["name", "priority", "tier_rate", "final_rate", "when"];
    private static readonly string[] DefaultFields = ["name", "priority", "tier_rate", "final_rate"];
    private static readonly string[] RetiredFields = ["name", "when", "reason"];

    /// <summary>A tier as read, with whether all its conditions could be read (a half-read tier is not judged for reachability).</summary>
    private sealed record ReadTier(TierRule Rule, bool Sound, YamlNode Node);

    private Dictionary<string, Definition> Definitions(YamlNode node)
    {
        var result = new Dictionary<string, Definition>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map) return Error(node, "definitions", "must be a map of NAME: { conditions }", result);
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            var field = $"definitions.{name}";
            if (value is YamlMappingNode m && m.Children.Keys.OfType<YamlScalarNode>().Any(k => k.Value == "use"))
                Error(key, field, "a definition cannot use another definition; write its conditions out");
            var conditions = Conditions(value, field, allowUse: false).Own;
            result[name] = new Definition(name, Alternative.Of(null, [], conditions, (int)key.Start.Line).Conditions, (int)key.Start.Line);
        }
        return result;
    }

    private List<ReadTier> Tiers(YamlNode node, IReadOnlyDictionary<string, Definition> definitions)
    {
        var tiers = new List<ReadTier>();
        var seen = new List<(string? Name, long? Priority, int Line)>();
        var items = List(node, "tiers");
        if (node is YamlSequenceNode && items.Count == 0) Error(node, "tiers", "has no tiers; a rules file needs at least one");
        for (var i = 0; i < items.Count; i++)
        {
            var named = items[i] is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("name"), out var nameNode) && nameNode is YamlScalarNode { Value: { Length: > 0 } given }
                ? $"tiers.{given}" : $"tiers[{i + 1}]";
            var fields = Map(items[i], named, TierFields, ["name", "priority", "tier_rate", "when"]);
            if (fields is null) continue;
            var name = fields.TryGetValue("name", out var n) ? Text(n.Value, $"{named}.name") : null;
            var field = name is null ? $"tiers[{i + 1}]" : $"tiers.{name}";
            damaged = false;
            var priority = fields.TryGetValue("priority", out var p) ? Whole(p.Value, $"{field}.priority") : null;
            var tierRate = fields.TryGetValue("tier_rate", out var t) ? Rate(t.Value, $"{field}.tier_rate") : null;
            var finalRate = fields.TryGetValue("final_rate", out var f) ? Rate(f.Value, $"{field}.final_rate") : tierRate;
            var when = fields.TryGetValue("when", out var w) ? When(w.Value, $"{field}.when", definitions) : [];
            if (name is not null && seen.FindIndex(other => other.Name == name) is >= 0 and var nameAt && seen[nameAt] is var sameName)
                Error(n.Value, $"{field}.name", $"duplicate tier name '{name}' (first at line {sameName.Line}); give each tier its own name");
            if (priority is not null && seen.FindIndex(other => other.Priority == priority) is >= 0 and var priorityAt && seen[priorityAt] is var samePriority)
                Error(p.Value, $"{field}.priority", $"duplicate priority {priority} (also {samePriority.Name}, line {samePriority.Line}); give each tier its own rank");
            seen.Add((name, priority, (int)items[i].Start.Line));
            if (name is null || priority is null || tierRate is null || finalRate is null) continue;
            tiers.Add(new(new TierRule(name, (int)priority, tierRate.Value, finalRate.Value, when, (int)items[i].Start.Line), !damaged && when.Count > 0, items[i]));
        }
        TierReach(tiers);
        return tiers;
    }

    private DefaultTier? Default(YamlNode node, IReadOnlyList<ReadTier> tiers)
    {
        var fields = Map(node, "default", DefaultFields, ["name", "priority", "tier_rate"]);
        if (fields is null) return null;
        var name = fields.TryGetValue("name", out var n) ? Text(n.Value, "default.name") : null;
        var priority = fields.TryGetValue("priority", out var p) ? Whole(p.Value, "default.priority") : null;
        var tierRate = fields.TryGetValue("tier_rate", out var t) ? Rate(t.Value, "default.tier_rate") : null;
        var finalRate = fields.TryGetValue("final_rate", out var f) ? Rate(f.Value, "default.final_rate") : tierRate;
        if (name is null || priority is null || tierRate is null || finalRate is null) return null;
        if (tiers.FirstOrDefault(tier => tier.Rule.Name == name) is { } sameName)
            Error(n.Value, "default.name", $"duplicate tier name '{name}' (also the tier at line {sameName.Rule.Line}); give the default its own name");
        if (tiers.FirstOrDefault(tier => tier.Rule.Priority == priority) is { } samePriority)
            Error(p.Value, "default.priority", $"duplicate priority {priority} (also {samePriority.Rule.Name}, line {samePriority.Rule.Line}); give the default its own rank");
        return new DefaultTier(name, (int)priority, tierRate.Value, finalRate.Value);
    }

    private IReadOnlyList<RetiredTier> Retired(YamlNode node, IReadOnlyDictionary<string, Definition> definitions, IReadOnlyList<ReadTier> tiers)
    {
        var result = new List<RetiredTier>();
        var items = List(node, "retired");
        for (var i = 0; i < items.Count; i++)
        {
            var fields = Map(items[i], $"retired[{i + 1}]", RetiredFields, RetiredFields);
            if (fields is null) continue;
            var name = fields.TryGetValue("name", out var n) ? Text(n.Value, $"retired[{i + 1}].name") : null;
            var field = name is null ? $"retired[{i + 1}]" : $"retired.{name}";
            var when = fields.TryGetValue("when", out var w) ? When(w.Value, $"{field}.when", definitions) : [];
            var reason = fields.TryGetValue("reason", out var r) ? Text(r.Value, $"{field}.reason") : null;
            if (name is not null && tiers.Any(t => t.Rule.Name == name))
                Error(n.Value, $"{field}.name", $"'{name}' is both a tier and retired; remove one of them");
            if (name is not null && reason is not null) result.Add(new RetiredTier(name, when, reason));
        }
        return result;
    }

    private List<Alternative> When(YamlNode node, string field, IReadOnlyDictionary<string, Definition> definitions)
    {
        if (node is YamlMappingNode) return [AlternativeOf(node, field, definitions)];
        var items = List(node, field);
        if (node is YamlSequenceNode && items.Count == 0) Error(node, field, "has no alternatives; write at least one map of conditions");
        return items.Select((item, i) => AlternativeOf(item, items.Count == 1 ? field : $"{field}[{i + 1}]", definitions)).ToList();
    }

    private Alternative AlternativeOf(YamlNode node, string field, IReadOnlyDictionary<string, Definition> definitions)
    {
        var (uses, own) = Conditions(node, field, allowUse: true);
        IReadOnlyList<Condition> inherited = [];
        if (uses is not null)
        {
            if (definitions.TryGetValue(uses.Value.Name, out var definition)) inherited = definition.Conditions;
            else
            {
                damaged = true;
                Error(uses.Value.Node, $"{field}.use", $"unknown definition '{uses.Value.Name}' ({(definitions.Count == 0 ? "the file has no definitions" : "definitions: " + string.Join(", ", definitions.Keys))})");
            }
        }
        return Alternative.Of(uses?.Name, inherited, own, (int)node.Start.Line);
    }

    private ((string Name, YamlNode Node)? Uses, List<Condition> Own) Conditions(YamlNode node, string field, bool allowUse)
    {
        var own = new List<Condition>();
        (string, YamlNode)? uses = null;
        if (node is not YamlMappingNode map)
        {
            damaged = true;
            return (Error(node, field, "must be a map of conditions, e.g. { tenure_years: 1..4, has_cfp: true }", uses), own);
        }
        foreach (var (key, value) in map.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (name == "use" && allowUse)
            {
                var definition = Text(value, $"{field}.use");
                if (definition is null) damaged = true;
                else uses = (definition, value);
                continue;
            }
            if (name == "use") continue;
            if (RuleInput.Find(name) is not { } input)
            {
                damaged = true;
                Error(key, $"{field}.{name}", $"unknown input '{name}' (inputs: {string.Join(", ", RuleInput.All.Select(i => i.Name))}{(allowUse ? ", or use: DEFINITION" : "")})");
                continue;
            }
            if (ConditionOn(input, value, $"{field}.{name}") is { } condition) own.Add(condition);
        }
        return (uses, own);
    }

    private Condition? ConditionOn(RuleInput input, YamlNode node, string field)
    {
        var text = Text(node, field);
        if (text is null)
        {
            damaged = true;
            return null;
        }
        var line = (int)node.Start.Line;
        if (input.Kind == InputKind.Boolean)
        {
            if (text is "true" or "false") return new Condition(input, text == "true" ? new ValueRange(1, false, 1, false) : new ValueRange(0, false, 0, false), text, line);
            damaged = true;
            return Error<Condition?>(node, field, $"'{text}' is not a flag condition; {input.Name} is true or false", null);
        }
        if (RangeOf(text) is not { } range)
        {
            damaged = true;
            return Error<Condition?>(node, field, $"malformed range '{text}'; write a..b (inclusive), \">= x\", \"> x\", \"<= x\", \"< x\" or \"= x\" (quote what starts with > or <)", null);
        }
        if (input.Kind == InputKind.Integer && !IsWhole(range))
        {
            damaged = true;
            return Error<Condition?>(node, field, $"'{text}': {input.Name} is a whole number, so its bounds must be whole numbers", null);
        }
        if (range.Low > range.High)
            Error(node, field, $"range '{text}' has its low end above its high end; write the smaller number first");
        return new Condition(input, input.Kind == InputKind.Integer ? range.ToWholeNumbers() : range, text, line);
    }

    private static bool IsWhole(ValueRange range) =>
        (double.IsInfinity(range.Low) || range.Low == Math.Floor(range.Low)) && (double.IsInfinity(range.High) || range.High == Math.Floor(range.High));

    private static ValueRange? RangeOf(string text)
    {
        const string number = @"-?\d+(?:\.\d+)?";
        static double N(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (Regex.Match(text, $@"^({number})\s*\.\.\s*({number})$") is { Success: true } between)
            return new ValueRange(N(between.Groups[1].Value), false, N(between.Groups[2].Value), false);
        if (Regex.Match(text, $@"^(>=|>|<=|<|=)?\s*({number})$") is not { Success: true } compare) return null;
        var x = N(compare.Groups[2].Value);
        return compare.Groups[1].Value switch
        {
            ">=" => new ValueRange(x, false, double.PositiveInfinity, true),
            ">" => new ValueRange(x, true, double.PositiveInfinity, true),
            "<=" => new ValueRange(double.NegativeInfinity, true, x, false),
            "<" => new ValueRange(double.NegativeInfinity, true, x, true),
            _ => new ValueRange(x, false, x, false),
        };
    }
}
