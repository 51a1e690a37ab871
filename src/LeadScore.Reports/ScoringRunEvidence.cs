using LeadScore.Warehouse;
using LeadScore.Warehouse.Scores;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Reports;

/// <summary>A model a scoring run scored: its version and role (champion, challenger).</summary>
public sealed record ScoredVersion(string Version, string Role);

/// <summary>One check of a scoring run for one model, as the run recorded it (outcome pass, warn or fail).</summary>
public sealed record ScoringCheck(string Model, string Check, string Value, string Expected, string Outcome)
{
    /// <summary>A train/serve skew check (one feature's PSI between the training rows and the run).</summary>
    public bool IsSkew => Check.StartsWith("skew: ", StringComparison.Ordinal);
}

/// <summary>
/// The last published scoring run of a warehouse (<c>scores.runs</c>): when it ran, which models it scored, and its
/// checks, among them the train/serve skew of every feature.
/// </summary>
public sealed record ScoringRunEvidence(string Database, string RunId, int Attempt, DateOnly AsOf, DateTime FinishedAt,
    IReadOnlyList<ScoredVersion> Models, IReadOnlyList<ScoringCheck> Checks)
{
    /// <summary>The latest published run of the warehouse at <paramref name="database"/>, or null when none was published.</summary>
    /// <exception cref="WarehouseException">No warehouse there, or it is in use.</exception>
    public static ScoringRunEvidence? Latest(string database)
    {
        IReadOnlyList<RunRecord> runs;
        using (var warehouse = Store.OpenExisting(database, readOnly: true)) runs = ScoreStore.Runs(warehouse);
        var run = runs.Where(r => r.Status == AttemptStatus.Succeeded).OrderBy(r => r.AsOf).ThenBy(r => r.FinishedAt).LastOrDefault();
        if (run is null) return null;
        var details = RunDetails.Of(run);
        return new ScoringRunEvidence(Path.GetFileName(database), run.RunId, run.Attempt, run.AsOf, run.FinishedAt,
            details.Models.Select(m => new ScoredVersion(m.Version, m.Role)).ToList(),
            details.Checks.Select(c => new ScoringCheck(c.Model, c.Check, c.Value, c.Expected, c.Outcome)).ToList());
    }
}
