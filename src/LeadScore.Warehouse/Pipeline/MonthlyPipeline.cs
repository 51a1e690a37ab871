using System.Diagnostics;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Features;
using LeadScore.Warehouse.Lists;
using LeadScore.Warehouse.Scores;

namespace LeadScore.Warehouse.Pipeline;

/// <summary>
/// The month inside one warehouse, DuckDB or PostgreSQL, with no row leaving it: the prospect features as of the date
/// (<see cref="FeatureTables.Prospects"/>), the champion's scores and percentiles by its compiled SQL into
/// <c>scores.prospect_scores</c> (<see cref="CompiledScoring.Publish"/>), then the tiers and the ranked pool of the
/// list (<see cref="LeadPool.Build"/>). Every step is the same definition on every engine; the dialect differs.
/// </summary>
public static class MonthlyPipeline
{
    /// <summary>
    /// The month as of <paramref name="asOf"/> under <paramref name="runId"/>; <paramref name="champion"/> is the model
    /// (its table and id column are set here) published as <paramref name="version"/>.
    /// </summary>
    public static PipelineResult Run(Warehouse warehouse, DateOnly asOf, string runId, string version, CompileRequest champion, PoolRules rules, PoolPolicy policy)
    {
        var seconds = new Dictionary<string, double>();
        var watch = Stopwatch.StartNew();
        void Lap(string stage)
        {
            seconds[stage] = Math.Round(watch.Elapsed.TotalSeconds, 3);
            watch.Restart();
        }
        var features = Step(warehouse, "features", () => FeatureTables.Prospects(warehouse, asOf));
        Lap("features");
        var scores = Step(warehouse, "scores", () => CompiledScoring.Publish(warehouse,
            champion with { Dialect = warehouse.Dialect, Table = FeatureTables.ProspectTable, IdColumn = "advisor_crd" }, runId, version));
        Lap("scores");
        var pool = Step(warehouse, "list", () => LeadPool.Build(warehouse, new PoolRequest(asOf, runId, version, rules, policy)));
        Lap("list");
        return new PipelineResult(features, scores, pool, seconds);
    }

    // The engine's own refusal (a raw table missing, a type it cannot cast) is one line naming the step and the warehouse.
    private static T Step<T>(Warehouse warehouse, string step, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (System.Data.Common.DbException e)
        {
            throw WarehouseException.StepFailed(step, warehouse.Path, e.Message, e);
        }
    }
}

/// <summary>What the month inside the warehouse gave: the features built, the scores published, the list's pool, seconds per stage.</summary>
public sealed record PipelineResult(FeatureBuildResult Features, CompiledRun Scores, PoolResult Pool, IReadOnlyDictionary<string, double> Seconds);
