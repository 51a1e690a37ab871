using DuckDB.NET.Data;
using LeadScore.Data;

namespace LeadScore.Warehouse.Scores;

/// <summary>
/// The scoring run's tables in the warehouse (<c>Sql/scores_schema.sql</c>): the content-addressed feature
/// snapshots the models scored, every attempt in <c>scores.runs</c>, and the published rows in
/// <c>scores.prospect_scores</c>. A run is published in one transaction: an attempt that fails or is killed
/// before the commit leaves every earlier run as it was.
/// </summary>
public static class ScoreStore
{
    public const string RunsTable = "scores.runs";
    public const string ScoresTable = "scores.prospect_scores";

    /// <summary>The attempt number the next attempt of <paramref name="runId"/> takes (1 for a new run id).</summary>
    public static int NextAttempt(Warehouse warehouse, string runId) => Attempts.Next(warehouse, RunsTable, "run_id", runId);

    /// <summary>
    /// Publishes a succeeded attempt in one transaction: the run id's earlier rows go, its earlier success is
    /// marked replaced, the new rows and the attempt are written. Nothing changes unless all of it commits.
    /// </summary>
    public static void Publish(Warehouse warehouse, RunRecord run, IReadOnlyList<ModelScoreRows> models)
    {
        EnsureSchema(warehouse);
        using var transaction = warehouse.Connection.BeginTransaction();
        warehouse.Execute($"DELETE FROM {ScoresTable} WHERE run_id = {Sql.Literal(run.RunId)}");
        warehouse.Execute(Attempts.ReplacePublished(RunsTable, "run_id", run.RunId));
        using (var appender = warehouse.DuckDb.CreateAppender(Warehouse.CatalogName, "scores", "prospect_scores"))
            foreach (var model in models) Append(appender, run.RunId, model);
        Insert(warehouse, run);
        transaction.Commit();
    }

    /// <summary>Records a failed attempt; the run id's published rows, if any, stay as they were.</summary>
    public static void RecordFailure(Warehouse warehouse, RunRecord run)
    {
        EnsureSchema(warehouse);
        using var transaction = warehouse.Connection.BeginTransaction();
        Insert(warehouse, run);
        transaction.Commit();
    }

    /// <summary>Every attempt, oldest first; only those of <paramref name="runId"/> when given. Empty when no run was ever written.</summary>
    public static IReadOnlyList<RunRecord> Runs(Warehouse warehouse, string? runId = null)
    {
        if (!warehouse.HasTable(RunsTable)) return [];
        using var command = warehouse.Command("SELECT run_id, attempt, as_of, status, reason, models, snapshot_hash, snapshot_table, advisors, score_rows, " +
                                              $"checks, timings, started_at, finished_at FROM {RunsTable}" +
                                              (runId is null ? "" : $" WHERE run_id = {Sql.Literal(runId)}") + " ORDER BY started_at, run_id, attempt");
        using var reader = command.ExecuteReader();
        var runs = new List<RunRecord>();
        while (reader.Read())
            runs.Add(new RunRecord(reader.GetString(0), reader.GetInt32(1), reader.GetFieldValue<DateOnly>(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetInt64(8),
                reader.GetInt64(9), reader.GetString(10), reader.GetString(11), reader.GetDateTime(12), reader.GetDateTime(13)));
        return runs;
    }

    /// <summary>The published (succeeded) attempt of a run id, or null.</summary>
    public static RunRecord? Published(Warehouse warehouse, string runId) =>
        Runs(warehouse, runId).SingleOrDefault(r => r.Status == AttemptStatus.Succeeded);

    private static void EnsureSchema(Warehouse warehouse) => warehouse.Execute(Warehouse.Script("scores_schema"));

    private static void Insert(Warehouse warehouse, RunRecord run)
    {
        using var command = warehouse.Command($"INSERT INTO {RunsTable} VALUES ($run_id, $attempt, $as_of, $status, $reason, $models, $snapshot_hash, " +
                                              "$snapshot_table, $advisors, $score_rows, $checks, $timings, $started_at, $finished_at)");
        void Add(string name, object? value) => command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        Add("run_id", run.RunId);
        Add("attempt", run.Attempt);
        Add("as_of", run.AsOf);
        Add("status", run.Status);
        Add("reason", run.Reason);
        Add("models", run.Models);
        Add("snapshot_hash", run.SnapshotHash);
        Add("snapshot_table", run.SnapshotTable);
        Add("advisors", run.Advisors);
        Add("score_rows", run.ScoreRows);
        Add("checks", run.Checks);
        Add("timings", run.Timings);
        Add("started_at", run.StartedAt);
        Add("finished_at", run.FinishedAt);
        command.ExecuteNonQuery();
    }

    private static void Append(DuckDBAppender appender, string runId, ModelScoreRows m)
    {
        for (int i = 0; i < m.Count; i++)
        {
            var row = appender.CreateRow()
                .AppendValue(runId).AppendValue(m.AdvisorCrd[i]).AppendValue(m.ModelVersion).AppendValue(m.Role)
                .AppendValue(m.Margin[i]).AppendValue(m.Probability[i]);
            row = m.CalibratedProbability is null ? row.AppendNullValue() : row.AppendValue(m.CalibratedProbability[i]);
            row = row.AppendValue(m.Percentile[i]).AppendValue(m.Deprioritize[i]);
            for (int k = 0; k < ModelScoreRows.Reasons; k++)
            {
                int at = i * ModelScoreRows.Reasons + k;
                row = m.ReasonFeature[at] is null
                    ? row.AppendNullValue().AppendNullValue().AppendNullValue()
                    : row.AppendValue(m.ReasonFeature[at]).AppendValue(m.ReasonValue[at]).AppendValue(m.ReasonContribution[at]);
            }
            row.AppendValue(m.Narrative[i]).EndRow();
        }
    }
}
