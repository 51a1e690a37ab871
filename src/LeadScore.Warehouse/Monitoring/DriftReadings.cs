using LeadScore.Warehouse.Scores;

namespace LeadScore.Warehouse.Monitoring;

/// <summary>One PSI a scoring run measured for a model: per feature ("skew: FEATURE") or for the score ("score").</summary>
public sealed record DriftReading(string RunId, DateOnly AsOf, string Model, string Feature, double Psi);

/// <summary>The PSI values the published scoring runs recorded in their checks, oldest run first (runs scored before the checks kept PSI as a number give none).</summary>
public static class DriftReadings
{
    public static IReadOnlyList<DriftReading> Read(Warehouse warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        if (!warehouse.HasTable("scores.runs")) return [];
        var readings = new List<DriftReading>();
        foreach (var run in ScoreStore.Runs(warehouse).Where(r => r.Status == AttemptStatus.Succeeded).OrderBy(r => r.AsOf))
        foreach (var check in RunDetails.Of(run).Checks)
            if (check is { Psi: { } psi, Drifted: { } feature }) readings.Add(new DriftReading(run.RunId, run.AsOf, check.Model, feature, psi));
        return readings;
    }
}
