using LeadScore.Warehouse;
using System.Diagnostics;
using System.Text.Json;
using LeadScore.Data;
using LeadScore.Scoring.Checks;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Features;
using LeadScore.Warehouse.Scores;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Scoring;

/// <summary>What a run did: its attempt as recorded, each model's scores, the checks, the feature snapshot and the time per stage.</summary>
public sealed record ScoringResult(RunRecord Run, IReadOnlyList<ScoredModel> Models, IReadOnlyList<RunCheck> Checks, FeatureSnapshot Snapshot,
    IReadOnlyDictionary<string, double> Timings)
{
    public bool Succeeded => Run.Status == AttemptStatus.Succeeded;
}

/// <summary>
/// The monthly scoring run: prospect features as of the date (kept as a content-addressed snapshot), every advisor
/// scored and explained by the champion and each shadow model, percentiles, reasons and narratives, the run checks,
/// then one transaction that publishes the run, or records it as failed when a check fails. Anything that goes
/// wrong before that transaction leaves the warehouse's earlier runs as they were.
/// </summary>
public static class ScoringRun
{
    /// <summary>Runs the request; <paramref name="progress"/> receives one line per finished stage.</summary>
    public static ScoringResult Execute(ScoringRequest request, Action<string>? progress = null)
    {
        var started = DateTime.UtcNow;
        var timings = new Dictionary<string, double>();
        var watch = Stopwatch.StartNew();
        void Stage(string name, string line)
        {
            timings[name] = Math.Round(watch.Elapsed.TotalSeconds, 3);
            progress?.Invoke($"{line} ({watch.Elapsed.TotalSeconds:F1} s)");
            watch.Restart();
        }

        if (request.Models.Count(m => m.Source.Role == ModelRole.Champion) != 1) throw ScoringRunException.OneChampion(request.Models.Count(m => m.Source.Role == ModelRole.Champion));
        if (request.Models.Select(m => m.Version).Distinct().Count() != request.Models.Count)
        {
            var twice = request.Models.GroupBy(m => m.Version).First(g => g.Count() > 1);
            throw ScoringRunException.DuplicateVersion(twice.Key, twice.Select(m => m.Source.Given));
        }
        var needing = request.Reference is null ? [] : request.Models.Where(m => m.Profile is null).Select(m => m.Version).ToArray();
        var models = request.Models.Select(m => !needing.Contains(m.Version) ? m
            : m.WithProfile(ReferenceProfile.Build(m, request.Reference!, request.ReferenceIdColumn, request.Database))).ToArray();
        if (needing.Length > 0) Stage("reference", $"training profile of {string.Join(", ", needing)} from {request.Reference}");

        FeatureSnapshot snapshot;
        long advisors;
        int attempt;
        using (var warehouse = Store.OpenExisting(request.Database))
        {
            var through = warehouse.DataThrough() ?? throw ScoringRunException.NoData(request.Database);
            if (request.AsOf > through.AddDays(1)) throw ScoringRunException.AfterData(request.AsOf, through);
            // The warehouse's own build is fingerprinted and reused when nothing it reads has changed; a replaced build never is.
            var inputs = request.FeatureBuild is null ? FeatureSnapshots.Inputs(warehouse, request.AsOf) : null;
            snapshot = (inputs is null ? null : FeatureSnapshots.Find(warehouse, inputs)) ?? Build(warehouse, request, inputs);
            var columns = warehouse.ColumnTypes(snapshot.Table).ToDictionary(c => c.Name, c => c.Type, StringComparer.Ordinal);
            foreach (var model in models) FeatureColumns.Check(model, columns);
            advisors = snapshot.Rows;
            attempt = ScoreStore.NextAttempt(warehouse, request.RunId);
            Stage("features", $"features: {snapshot.Rows:N0} advisors as of {request.AsOf:yyyy-MM-dd}; snapshot {snapshot.Hash[..12]} " +
                              (snapshot.Reused ? "(reused: an earlier build read the same inputs)" : snapshot.SameAsEarlier ? "(built; the same rows as an earlier snapshot)" : "(built)"));
        }

        var scored = new List<ScoredModel>();
        var checks = new List<RunCheck>();
        foreach (var model in models)
        {
            var table = ScoredTable.Score(request.Database, model.Model, model.Features, "advisor_crd", snapshot.Table);
            CompiledScores? sql = null;
            if (request.Engine == ScoringEngine.Sql)
                using (var warehouse = Store.OpenExisting(request.Database, readOnly: true))
                    sql = CompiledScoring.Query(warehouse, new CompileRequest(model.Model, model.Features, model.Calibrator, warehouse.Dialect,
                        snapshot.Table, "advisor_crd", Title: model.Version));
            var one = ScoredModel.Of(model, table, request.Phrases, sql);
            scored.Add(one);
            Stage($"score {model.Version}", $"{model.Source.Role.Name()} {model.Version}: scored and explained {one.Count:N0} advisors with " +
                                            $"{model.Model.Trees.Count} trees, percentiles, reasons and narratives" +
                                            (sql is null ? "" : $"; scores and percentiles computed inside the warehouse by {sql.Sql.Statements[0].Length / 1024:N0} KB of SQL in {sql.Elapsed.TotalSeconds:F1} s"));
            checks.AddRange(RunChecks.Of(one, request.Checks, request.Phrases));
        }
        var failed = checks.Where(c => c.Outcome == CheckOutcome.Fail).ToArray();
        Stage("checks", $"checks: {checks.Count} run, {checks.Count(c => c.Outcome == CheckOutcome.Warn)} warning(s), {failed.Length} failure(s)");

        string? reason = failed.Length == 0 ? null
            : "checks failed: " + string.Join("; ", failed.Take(3).Select(c => $"{c.Model} {c.Check} ({c.Value})")) + (failed.Length > 3 ? $"; and {failed.Length - 3} more" : "");
        var rows = failed.Length == 0 ? scored.Select(s => s.Rows()).ToArray() : [];
        // The time of the write itself cannot be in the row it writes; the result carries it.
        var record = new RunRecord(request.RunId, attempt, request.AsOf, failed.Length == 0 ? AttemptStatus.Succeeded : AttemptStatus.Failed, reason,
            ModelsJson(models), snapshot.Hash, snapshot.Table, advisors, rows.Sum(r => (long)r.Count), ChecksJson(checks),
            JsonSerializer.Serialize(timings), started, DateTime.UtcNow);
        using (var warehouse = Store.OpenExisting(request.Database))
        {
            if (failed.Length == 0) ScoreStore.Publish(warehouse, record, rows);
            else ScoreStore.RecordFailure(warehouse, record);
        }
        Stage("write", failed.Length == 0 ? $"published run {request.RunId} (attempt {attempt}): {record.ScoreRows:N0} rows in {ScoreStore.ScoresTable}"
            : $"recorded run {request.RunId} (attempt {attempt}) as failed; nothing published");
        return new ScoringResult(record, scored, checks, snapshot, timings);
    }

    private static FeatureSnapshot Build(Store warehouse, ScoringRequest request, string? inputs)
    {
        (request.FeatureBuild ?? ((w, d) => FeatureTables.Prospects(w, d)))(warehouse, request.AsOf);
        return FeatureSnapshots.Keep(warehouse, FeatureTables.ProspectTable, request.AsOf, inputs);
    }

    private static string ModelsJson(IEnumerable<RunModel> models) => JsonSerializer.Serialize(models.Select(m => new
    {
        version = m.Version,
        role = m.Source.Role.Name(),
        source = m.Source.Given,
        sha256 = m.Sha256,
        trees = m.Model.Trees.Count,
        producer = m.Model.Producer,
        calibrated = m.Calibrator is not null,
        profile = m.Profile?.Source,
    }));

    private static string ChecksJson(IEnumerable<RunCheck> checks) => JsonSerializer.Serialize(checks.Select(c => new
    {
        model = c.Model,
        check = c.Check,
        value = c.Value,
        expected = c.Expected,
        outcome = c.Outcome.ToString().ToLowerInvariant(),
        psi = c.Psi,
    }));
}
