using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LeadScore.Lists.Rules.Internal;

/// <summary>
/// Reads a rules file into a <see cref="RuleSet"/>, collecting every finding rather than stopping at the first; the
/// rule set is null when any finding is an error.
/// </summary>
internal sealed partial class RuleFileReader
{
    private static readonly string[] TopFields = ["version", "description", "match", "definitions", "tiers", "default", "retired", "signals", "exclusions"];

    private readonly List<RuleFinding> findings = [];

    // Set when a tier's conditions could not all be read, so the reachability check does not judge a half-read tier.
    private bool damaged;

    public static (RuleSet? Rules, IReadOnlyList<RuleFinding> Findings) Read(string text, string source, string sha256)
    {
        var reader = new RuleFileReader();
        var rules = reader.Document(text, source, sha256);
        var sorted = reader.findings.OrderBy(f => f.Line).ThenBy(f => f.Column).ToArray();
        return (sorted.Any(f => f.Severity == FindingSeverity.Error) ? null : rules, sorted);
    }

    private RuleSet? Document(string text, string source, string sha256)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = Regex.Replace((e.InnerException ?? e).Message, @"^\(Line: .*?\): ", "");
            findings.Add(new(FindingSeverity.Error, (int)e.Start.Line, (int)e.Start.Column, "(syntax)", $"not valid YAML: {message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up without a position on some unclosed flow collections at the end of the file.
            var lines = text.TrimEnd().Split('\n').Length;
            findings.Add(new(FindingSeverity.Error, lines, 1, "(syntax)", "not valid YAML: the file ends inside a { } or [ ] that is never closed"));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            findings.Add(new(FindingSeverity.Error, 1, 1, "(file)", "the file is empty; a rules file has at least version, tiers and default"));
            return null;
        }
        var top = Map(stream.Documents[0].RootNode, "(file)", TopFields, ["version", "tiers", "default"]);
        if (top is null) return null;

        var version = top.TryGetValue("version", out var v) ? Text(v.Value, "version") : null;
        var description = top.TryGetValue("description", out var d) ? Text(d.Value, "description") ?? "" : "";
        var match = top.TryGetValue("match", out var m) ? MatchMode(m.Value) : PatternMatch.Word;
        var definitions = top.TryGetValue("definitions", out var defs) ? Definitions(defs.Value) : [];
        var tiers = top.TryGetValue("tiers", out var t) ? Tiers(t.Value, definitions) : [];
        var fallback = top.TryGetValue("default", out var f) ? Default(f.Value, tiers) : null;
        var retired = top.TryGetValue("retired", out var r) ? Retired(r.Value, definitions, tiers) : [];
        var signals = top.TryGetValue("signals", out var s) ? Signals(s.Value) : [];
        var exclusions = top.TryGetValue("exclusions", out var x) ? ExclusionsOf(x.Value) : new Exclusions([], [], [], null, null);
        if (version is null || fallback is null) return null;
        return new RuleSet(version, description, match, definitions.Values.ToArray(), tiers.Select(tier => tier.Rule).ToArray(), fallback,
            retired, signals, exclusions, source, sha256);
    }

    private PatternMatch MatchMode(YamlNode node) => Text(node, "match") switch
    {
        "word" => PatternMatch.Word,
        "substring" => PatternMatch.Substring,
        null => PatternMatch.Word,
        var other => Error(node, "match", $"'{other}' is not a matching mode; write word (whole words) or substring (the original's behaviour)", PatternMatch.Word),
    };

    private void Error(YamlNode node, string field, string message) =>
        findings.Add(new(FindingSeverity.Error, (int)node.Start.Line, (int)node.Start.Column, field, message));

    private T Error<T>(YamlNode node, string field, string message, T result)
    {
        Error(node, field, message);
        return result;
    }

    private void Warning(int line, int column, string field, string message) =>
        findings.Add(new(FindingSeverity.Warning, line, column, field, message));

    private void ErrorAt(int line, int column, string field, string message) =>
        findings.Add(new(FindingSeverity.Error, line, column, field, message));

    private static string Join(string parent, string child) => parent == "(file)" ? child : $"{parent}.{child}";

    /// <summary>A map with only <paramref name="known"/> fields and all of <paramref name="required"/>, keyed by field name.</summary>
    private Dictionary<string, (YamlNode Key, YamlNode Value)>? Map(YamlNode node, string field, IReadOnlyCollection<string> known, IReadOnlyCollection<string> required)
    {
        if (node is not YamlMappingNode map) return Error<Dictionary<string, (YamlNode, YamlNode)>?>(node, field, $"must be a map of fields ({string.Join(", ", known)})", null);
        var result = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name)) Error(key, Join(field, name), $"unknown field '{name}' (known here: {string.Join(", ", known)})");
            else result[name] = (key, value);
        }
        foreach (var name in required.Where(name => !result.ContainsKey(name)))
            Error(node, Join(field, name), $"missing required field '{name}'");
        return result;
    }

    private string? Text(YamlNode node, string field)
    {
        if (node is not YamlScalarNode scalar) return Error<string?>(node, field, "must be a single value, not a list or map", null);
        var text = scalar.Value?.Trim();
        return string.IsNullOrEmpty(text) ? Error<string?>(node, field, "is empty", null) : text;
    }

    private double? Rate(YamlNode node, string field)
    {
        var text = Text(node, field);
        if (text is null) return null;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate)) return Error<double?>(node, field, $"'{text}' is not a number", null);
        return rate is >= 0 and <= 1 ? rate : Error<double?>(node, field, $"{text} is outside [0, 1]; a rate is a fraction (0.087 for 8.7%)", null);
    }

    private long? Whole(YamlNode node, string field)
    {
        var text = Text(node, field);
        if (text is null) return null;
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : Error<long?>(node, field, $"'{text}' is not a whole number", null);
    }

    private bool? Flag(YamlNode node, string field) => Text(node, field) switch
    {
        "true" => true,
        "false" => false,
        null => null,
        var other => Error<bool?>(node, field, $"'{other}' is not true or false", null),
    };

    private DateOnly? Date(YamlNode node, string field)
    {
        var text = Text(node, field);
        if (text is null) return null;
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : Error<DateOnly?>(node, field, $"'{text}' is not an ISO date (YYYY-MM-DD, e.g. 2025-12-30)", null);
    }

    private IReadOnlyList<YamlNode> List(YamlNode node, string field) =>
        node is YamlSequenceNode sequence ? sequence.Children.ToArray() : Error<IReadOnlyList<YamlNode>>(node, field, "must be a list ([ ... ] or lines starting with '- ')", []);
}
