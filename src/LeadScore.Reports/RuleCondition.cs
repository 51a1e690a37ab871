using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadScore.Reports;

/// <summary>
/// One condition of a decision rule, on one fact of <see cref="ReadinessFacts"/>: the field as the rules file names
/// it, a short statement of it (e.g. <c>probability_higher ≥ 0.9</c>) and the test. A condition on a fact the
/// evidence does not hold (no leakage report, no warehouse given) does not hold.
/// </summary>
public sealed class RuleCondition
{
    private readonly Func<ReadinessFacts, bool?> test;
    private readonly Func<ReadinessFacts, string> observed;

    private RuleCondition(string field, string statement, Func<ReadinessFacts, bool?> test, Func<ReadinessFacts, string> observed)
    {
        Field = field;
        Statement = statement;
        this.test = test;
        this.observed = observed;
    }

    public string Field { get; }

    public string Statement { get; }

    /// <summary>Whether the condition holds; null when the fact it tests is not in the evidence.</summary>
    public bool? Evaluate(ReadinessFacts facts) => test(facts);

    public bool Holds(ReadinessFacts facts) => test(facts) == true;

    /// <summary>What the evidence says of the fact tested: "skew_warnings is not known", "auc_difference_upper is +0.0612".</summary>
    public string Observed(ReadinessFacts facts) => observed(facts);

    /// <summary>The fields a rule's <c>when</c> may hold.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "verdict", "gates_pass", "artefacts_verified", "backtest_matches_registry", "sign_offs_complete", "leakage_flagged",
        "rate_difference_lower_above", "rate_difference_upper_below", "auc_difference_lower_above", "auc_difference_upper_below",
        "probability_higher_at_least", "probability_higher_below", "power_below", "skew_warnings_at_most", "skew_warnings_above",
    ];

    /// <summary>Reads one field of a rule's <c>when</c>; <paramref name="where"/> names it for messages.</summary>
    /// <exception cref="ReportException">An unknown field, or a value of the wrong kind or range.</exception>
    public static RuleCondition Parse(string field, JsonNode? value, string where, string source)
    {
        ReportException Bad(string expected) => ReportException.Rules(source, $"{where}.{field} must be {expected}, not {value?.ToJsonString() ?? "null"}");
        bool Flag() => value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : throw Bad("true or false");
        double Number(double low, double high) =>
            value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.GetValue<double>() is var x && x >= low && x <= high ? x
                : throw Bad($"a number from {Show(low)} to {Show(high)}");
        int Count() => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int n) && n >= 0 ? n : throw Bad("a whole number of at least 0");
        RuleCondition Is(string fact, bool wanted, Func<ReadinessFacts, bool?> get) =>
            new(field, $"{fact} = {(wanted ? "true" : "false")}", f => get(f) is { } actual ? actual == wanted : null,
                f => $"{fact} is {(get(f) is { } actual ? actual ? "true" : "false" : "not known")}");
        RuleCondition Compare(string fact, string op, double bound, Func<ReadinessFacts, double?> get, Func<double, double, bool> holds) =>
            new(field, $"{fact} {op} {Show(bound)}", f => get(f) is { } actual ? holds(actual, bound) : null,
                f => $"{fact} is {(get(f) is { } actual ? Show(actual) : "not known")}");

        switch (field)
        {
            case "verdict":
                var verdicts = Verdicts(value) ?? throw Bad($"one of {string.Join(", ", ReadinessFacts.Verdicts)}, or a list of them");
                return new(field, verdicts.Count == 1 ? $"verdict = {verdicts[0]}" : $"verdict in ({string.Join(", ", verdicts)})",
                    f => verdicts.Contains(f.Verdict), f => $"verdict is {f.Verdict}");
            case "gates_pass": return Is("gates_pass", Flag(), f => f.GatesPass);
            case "artefacts_verified": return Is("artefacts_verified", Flag(), f => f.ArtefactsVerified);
            case "backtest_matches_registry": return Is("backtest_matches_registry", Flag(), f => f.BacktestMatchesRegistry);
            case "sign_offs_complete": return Is("sign_offs_complete", Flag(), f => f.SignOffsComplete);
            case "leakage_flagged": return Is("leakage_flagged", Flag(), f => f.LeakageFlagged);
            case "rate_difference_lower_above": return Compare("rate_difference_lower", ">", Number(-1, 1), f => f.RateDifferenceLower, (x, b) => x > b);
            case "rate_difference_upper_below": return Compare("rate_difference_upper", "<", Number(-1, 1), f => f.RateDifferenceUpper, (x, b) => x < b);
            case "auc_difference_lower_above": return Compare("auc_difference_lower", ">", Number(-1, 1), f => f.AucDifferenceLower, (x, b) => x > b);
            case "auc_difference_upper_below": return Compare("auc_difference_upper", "<", Number(-1, 1), f => f.AucDifferenceUpper, (x, b) => x < b);
            case "probability_higher_at_least": return Compare("probability_higher", "≥", Number(0, 1), f => f.ProbabilityHigher, (x, b) => x >= b);
            case "probability_higher_below": return Compare("probability_higher", "<", Number(0, 1), f => f.ProbabilityHigher, (x, b) => x < b);
            case "power_below": return Compare("power", "<", Number(0, 1), f => f.Power, (x, b) => x < b);
            case "skew_warnings_at_most": return Compare("skew_warnings", "≤", Count(), f => f.SkewWarnings, (x, b) => x <= b);
            case "skew_warnings_above": return Compare("skew_warnings", ">", Count(), f => f.SkewWarnings, (x, b) => x > b);
            default:
                throw ReportException.Rules(source, $"unknown field '{field}' in {where} (known: {string.Join(", ", Fields)})");
        }
    }

    private static IReadOnlyList<string>? Verdicts(JsonNode? value)
    {
        var items = value is JsonArray array ? array.ToArray() : [value];
        var names = items.Select(i => i is JsonValue v && v.TryGetValue(out string? s) ? s : null).ToArray();
        return names.Length > 0 && names.All(n => n is not null && ReadinessFacts.Verdicts.Contains(n)) ? names.Select(n => n!).ToArray() : null;
    }

    private static string Show(double x) => x.ToString("0.####", CultureInfo.InvariantCulture);
}
