using System.Reflection;
using LeadScore.Monitoring.Internal;

namespace LeadScore.Monitoring;

/// <summary>
/// A named set of monitoring rules: a built-in preset (<c>seed</c>: spec §8.6 as written, on point estimates;
/// <c>default</c>: the same metrics and thresholds, firing only on evidence) or a JSON file. Every rule is checked when
/// the set is built, so a rule set that exists is one the monitor can evaluate.
/// </summary>
/// <param name="Name">The set's name.</param>
/// <param name="Description">What the set is for.</param>
/// <param name="Rules">The rules, at least one, with unique names.</param>
public sealed record RuleSet(string Name, string Description, IReadOnlyList<Rule> Rules)
{
    private readonly IReadOnlyList<Rule> rules = RuleCheck.Valid(Name, Rules);

    /// <summary>The built-in presets' names.</summary>
    public static readonly IReadOnlyList<string> PresetNames = ["seed", "default"];

    /// <summary>The rules, at least one, with unique names (checked on every assignment).</summary>
    public IReadOnlyList<Rule> Rules
    {
        get => rules;
        init => rules = RuleCheck.Valid(Name, value);
    }

    /// <summary>A built-in preset by name (<see cref="PresetNames"/>).</summary>
    /// <exception cref="MonitoringException">No preset has that name.</exception>
    public static RuleSet Preset(string name)
    {
        if (!PresetNames.Contains(name)) throw MonitoringException.UnknownPreset(name, PresetNames);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"monitoring.{name}.json")
            ?? throw new InvalidOperationException($"preset {name} is not embedded");
        return Parse(new StreamReader(stream).ReadToEnd(), $"built-in preset '{name}'");
    }

    /// <summary>A rule set from a JSON file.</summary>
    /// <exception cref="MonitoringException">The file cannot be read or is not a valid rule set.</exception>
    public static RuleSet Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw MonitoringException.UnreadableRules(path, e.Message);
        }
        return Parse(text, path);
    }

    /// <summary>
    /// A rule set from JSON: <c>{ "name", "description", "rules": [ … ] }</c>, each rule with the snake_case fields
    /// <c>name, description, metric, window, comparison, threshold, consecutive, evidence, action</c> and optionally
    /// <c>model, adjust_for_maturity, cumulative, confidence, mixture_sd, feature, runs</c>. Values: metric
    /// <c>overall_rate | top_decile_rate | top_decile_lift | bottom_fifth_rate | challenger_minus_champion_rate | psi |
    /// psi_trend</c>; window <c>day | week | month</c>; comparison <c>below | above</c>; evidence <c>point | interval |
    /// sequential</c>; action <c>alert | planned-rollback | immediate-rollback | promote-challenger</c>; model
    /// <c>champion | challenger</c>. Unknown fields are refused, naming the field and the rule.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">Where it came from, for messages (a path, or "built-in preset 'seed'").</param>
    /// <exception cref="MonitoringException">The text is not a valid rule set; the message says where and why.</exception>
    public static RuleSet Parse(string json, string source) => RuleSetReader.Parse(json, source);

    /// <summary>The set as the JSON <see cref="Parse"/> reads (optional fields only where they differ from their defaults).</summary>
    public string ToJson() => RuleSetWriter.Write(this);
}
