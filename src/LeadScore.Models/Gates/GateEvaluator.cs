namespace LeadScore.Models.Gates;

/// <summary>Evaluates gates (configuration data) against a run's metrics; a metric the run lacks skips its gate.</summary>
public static class GateEvaluator
{
    public static IReadOnlyList<GateResult> Evaluate(IReadOnlyList<GateSpec> gates, IReadOnlyDictionary<string, double> metrics) =>
        gates.Select(g =>
        {
            if (!metrics.TryGetValue(g.Metric, out var value) || double.IsNaN(value))
                return new GateResult(g.Id, g.Description, g.Metric, g.Op, null, g.Fail, g.Warn, GateStatus.Skipped);
            var status = g.Fail is { } fail && !Holds(value, g.Op, fail) ? GateStatus.Fail
                : g.Warn is { } warn && !Holds(value, g.Op, warn) ? GateStatus.Warn
                : GateStatus.Pass;
            return new GateResult(g.Id, g.Description, g.Metric, g.Op, value, g.Fail, g.Warn, status);
        }).ToArray();

    /// <summary>pass, warn or fail for the run: the worst status of any gate that ran.</summary>
    public static GateStatus Overall(IReadOnlyList<GateResult> results) =>
        results.Any(r => r.Status == GateStatus.Fail) ? GateStatus.Fail
        : results.Any(r => r.Status == GateStatus.Warn) ? GateStatus.Warn
        : GateStatus.Pass;

    /// <summary>The comparison operators a gate may use.</summary>
    public static readonly IReadOnlyList<string> Operators = ["<", "<=", ">", ">=", "=="];

    internal static bool Holds(double value, string op, double threshold) => op switch
    {
        "<" => value < threshold,
        "<=" => value <= threshold,
        ">" => value > threshold,
        ">=" => value >= threshold,
        "==" => value == threshold,
        _ => throw new ArgumentException($"unknown operator '{op}'", nameof(op)),
    };
}
