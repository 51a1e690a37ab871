using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace LeadScore.Lists.Rules.Internal;

internal sealed partial class RuleFileReader
{
    private static readonly string[] ExclusionFields = ["firm_patterns", "firm_crds", "title_patterns", "age", "disclosures"];
    private static readonly string[] PatternFields = ["pattern", "category", "added", "reason", "enabled"];
    private static readonly string[] CrdFields = ["crd", "category", "added", "reason", "enabled"];
    private static readonly string[] AgeFields = ["enabled", "ranges", "added", "reason"];
    private static readonly string[] DisclosureFields = ["enabled", "flags", "added", "reason"];
    private static readonly string[] SignalInputs = ["is_hv_wealth_title"];

    private Exclusions ExclusionsOf(YamlNode node)
    {
        var fields = Map(node, "exclusions", ExclusionFields, []) ?? [];
        return new Exclusions(
            fields.TryGetValue("firm_patterns", out var firms) ? Patterns(firms.Value, "exclusions.firm_patterns") : [],
            fields.TryGetValue("firm_crds", out var crds) ? Crds(crds.Value) : [],
            fields.TryGetValue("title_patterns", out var titles) ? Patterns(titles.Value, "exclusions.title_patterns") : [],
            fields.TryGetValue("age", out var age) ? Age(age.Value) : null,
            fields.TryGetValue("disclosures", out var disclosures) ? Disclosures(disclosures.Value) : null);
    }

    private List<PatternExclusion> Patterns(YamlNode node, string field)
    {
        var result = new List<PatternExclusion>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var items = List(node, field);
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"{field}[{i + 1}]";
            var fields = Map(items[i], entry, PatternFields, ["pattern", "category", "added", "reason"]);
            if (fields is null) continue;
            var pattern = fields.TryGetValue("pattern", out var p) ? PatternText(p.Value, $"{entry}.pattern", seen) : null;
            var (category, added, reason, enabled) = Record(fields, entry);
            if (pattern is not null && category is not null && added is not null && reason is not null && enabled is not null)
                result.Add(new PatternExclusion(pattern, category, added.Value, reason, enabled.Value));
        }
        return result;
    }

    private List<FirmCrdExclusion> Crds(YamlNode node)
    {
        var result = new List<FirmCrdExclusion>();
        var items = List(node, "exclusions.firm_crds");
        for (var i = 0; i < items.Count; i++)
        {
            var entry = $"exclusions.firm_crds[{i + 1}]";
            var fields = Map(items[i], entry, CrdFields, ["crd", "category", "added", "reason"]);
            if (fields is null) continue;
            var crd = fields.TryGetValue("crd", out var c) ? Whole(c.Value, $"{entry}.crd") : null;
            if (crd is <= 0) crd = Error<long?>(c.Value, $"{entry}.crd", $"{crd} is not a CRD; a CRD is a positive number", null);
            if (crd is not null && result.Any(r => r.Crd == crd)) crd = Error<long?>(c.Value, $"{entry}.crd", $"duplicate CRD {crd}; list each firm once", null);
            var (category, added, reason, enabled) = Record(fields, entry);
            if (crd is not null && category is not null && added is not null && reason is not null && enabled is not null)
                result.Add(new FirmCrdExclusion(crd.Value, category, added.Value, reason, enabled.Value));
        }
        return result;
    }

    private AgeExclusion? Age(YamlNode node)
    {
        var fields = Map(node, "exclusions.age", AgeFields, ["ranges", "added", "reason"]);
        if (fields is null) return null;
        var ranges = new List<string>();
        foreach (var item in fields.TryGetValue("ranges", out var r) ? List(r.Value, "exclusions.age.ranges") : [])
        {
            var text = Text(item, "exclusions.age.ranges");
            if (text is null) continue;
            var match = Regex.Match(text, @"^(\d+)-(\d+)$");
            if (!match.Success) Error(item, "exclusions.age.ranges", $"malformed age range '{text}'; write it as the vendor does, e.g. 70-74");
            else if (int.Parse(match.Groups[1].Value) > int.Parse(match.Groups[2].Value)) Error(item, "exclusions.age.ranges", $"age range '{text}' has its low end above its high end");
            else if (ranges.Contains(text)) Error(item, "exclusions.age.ranges", $"duplicate age range '{text}'");
            else ranges.Add(text);
        }
        var (_, added, reason, enabled) = Record(fields, "exclusions.age", withCategory: false);
        return added is null || reason is null || enabled is null ? null : new AgeExclusion(enabled.Value, ranges, added.Value, reason);
    }

    private DisclosureExclusion? Disclosures(YamlNode node)
    {
        var fields = Map(node, "exclusions.disclosures", DisclosureFields, ["flags", "added", "reason"]);
        if (fields is null) return null;
        var flags = new List<string>();
        foreach (var item in fields.TryGetValue("flags", out var f) ? List(f.Value, "exclusions.disclosures.flags") : [])
        {
            var flag = Text(item, "exclusions.disclosures.flags");
            if (flag is null) continue;
            if (!DisclosureExclusion.Known.Contains(flag)) Error(item, "exclusions.disclosures.flags", $"unknown disclosure flag '{flag}' (known: {string.Join(", ", DisclosureExclusion.Known)})");
            else if (flags.Contains(flag)) Error(item, "exclusions.disclosures.flags", $"duplicate disclosure flag '{flag}'");
            else flags.Add(flag);
        }
        var (_, added, reason, enabled) = Record(fields, "exclusions.disclosures", withCategory: false);
        return added is null || reason is null || enabled is null ? null : new DisclosureExclusion(enabled.Value, flags, added.Value, reason);
    }

    private List<Signal> Signals(YamlNode node)
    {
        var result = new List<Signal>();
        var fields = Map(node, "signals", SignalInputs, []) ?? [];
        foreach (var (name, (_, value)) in fields)
        {
            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var patterns = List(value, $"signals.{name}").Select(item => PatternText(item, $"signals.{name}", seen)).OfType<string>().ToArray();
            result.Add(new Signal(name, patterns));
        }
        return result;
    }

    /// <summary>A pattern that is not blank and not already in its list (compared without regard to case).</summary>
    private string? PatternText(YamlNode node, string field, Dictionary<string, int> seen)
    {
        if (node is YamlScalarNode { Value: { } raw } && raw.Trim().Length == 0) return Error<string?>(node, field, "is a blank pattern; it would match every value", null);
        var pattern = Text(node, field);
        if (pattern is null) return null;
        if (pattern.Trim('*').Length == 0) return Error<string?>(node, field, $"'{pattern}' matches every value; write the words to match", null);
        if (seen.TryGetValue(pattern, out var first)) return Error<string?>(node, field, $"duplicate pattern '{pattern}' (first at line {first}; patterns are compared without regard to case)", null);
        seen[pattern] = (int)node.Start.Line;
        return pattern;
    }

    private (string? Category, DateOnly? Added, string? Reason, bool? Enabled) Record(Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string entry, bool withCategory = true) => (
        withCategory && fields.TryGetValue("category", out var c) ? Text(c.Value, $"{entry}.category") : null,
        fields.TryGetValue("added", out var a) ? Date(a.Value, $"{entry}.added") : null,
        fields.TryGetValue("reason", out var r) ? Text(r.Value, $"{entry}.reason") : null,
        fields.TryGetValue("enabled", out var e) ? Flag(e.Value, $"{entry}.enabled") : true);
}
