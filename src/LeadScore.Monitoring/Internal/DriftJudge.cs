namespace LeadScore.Monitoring.Internal;

/// <summary>
/// Drift rules on the scoring runs' PSI readings up to the as-of date. <c>psi</c>: per run, the worst watched feature
/// (largest for "above"); the latest runs, as many as the rule's consecutive count, must all be beyond the threshold.
/// <c>psi_trend</c>: per watched feature present in each of the latest runs, the least-squares slope of its PSI
/// per month (30.44 days); the steepest must be beyond the threshold.
/// </summary>
internal static class DriftJudge
{
    private const double DaysPerMonth = 365.25 / 12;

    public static DriftVerdict Judge(Rule rule, IReadOnlyList<PsiReading> readings, DateOnly asOf)
    {
        var runs = readings
            .Where(r => r.AsOf <= asOf && (rule.Feature is null || string.Equals(r.Feature, rule.Feature, StringComparison.OrdinalIgnoreCase)))
            .GroupBy(r => (r.RunId, r.AsOf))
            .OrderBy(g => g.Key.AsOf).ThenBy(g => g.Key.RunId, StringComparer.Ordinal)
            .ToList();
        var watched = rule.Feature is null ? "any feature" : $"feature '{rule.Feature}'";
        if (runs.Count == 0) return new DriftVerdict(false, [], $"no scoring run up to {Text.Date(asOf)} has a PSI reading of {watched}");
        var above = rule.Comparison == RuleComparison.Above;
        if (rule.Metric == RuleMetric.Psi)
        {
            var judged = runs.TakeLast(rule.Consecutive)
                .Select(run =>
                {
                    var worst = above ? run.MaxBy(r => r.Psi)! : run.MinBy(r => r.Psi)!;
                    return (run.Key.RunId, run.Key.AsOf, worst.Feature, worst.Psi);
                })
                .ToList();
            var fired = judged.Count == rule.Consecutive && judged.All(j => Beyond(rule, j.Psi));
            var problem = judged.Count < rule.Consecutive ? $"only {judged.Count} of the {rule.Consecutive} runs the rule needs have a reading of {watched}" : null;
            return new DriftVerdict(fired, judged, problem);
        }
        if (runs.Count < rule.Runs) return new DriftVerdict(false, [], $"a trend needs {rule.Runs} scoring runs with {watched}; there are {runs.Count}");
        var latest = runs.TakeLast(rule.Runs).ToList();
        var origin = latest[0].Key.AsOf;
        var months = latest.Select(run => (run.Key.AsOf.DayNumber - origin.DayNumber) / DaysPerMonth).ToArray();
        if (months[^1] <= 0) return new DriftVerdict(false, [], $"the latest {rule.Runs} runs share one date, so they show no trend");
        (string Feature, double Slope)? steepest = null;
        var features = latest.Select(run => run.Select(r => r.Feature).ToHashSet(StringComparer.OrdinalIgnoreCase))
            .Aggregate((a, b) => { a.IntersectWith(b); return a; });
        foreach (var feature in features.Order(StringComparer.Ordinal))
        {
            var values = latest.Select(run => run.Where(r => string.Equals(r.Feature, feature, StringComparison.OrdinalIgnoreCase)).Max(r => r.Psi)).ToArray();
            var slope = Slope(months, values);
            if (steepest is null || (above ? slope > steepest.Value.Slope : slope < steepest.Value.Slope)) steepest = (feature, slope);
        }
        if (steepest is not { } s) return new DriftVerdict(false, [], $"no {watched} has a reading in each of the latest {rule.Runs} runs");
        var last = latest[^1].Key;
        return new DriftVerdict(Beyond(rule, s.Slope), [(last.RunId, last.AsOf, s.Feature, s.Slope)], null);
    }

    private static bool Beyond(Rule rule, double value) =>
        rule.Comparison == RuleComparison.Above ? value > rule.Threshold : value < rule.Threshold;

    private static double Slope(double[] x, double[] y)
    {
        double meanX = x.Average(), meanY = y.Average(), sxy = 0, sxx = 0;
        for (var i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }
        return sxx == 0 ? 0 : sxy / sxx;
    }
}
