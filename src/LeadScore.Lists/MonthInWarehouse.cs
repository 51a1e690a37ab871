using LeadScore.Lists.Policy;
using LeadScore.Lists.Rules;
using LeadScore.Warehouse.Compiled;
using LeadScore.Warehouse.Lists;
using LeadScore.Warehouse.Pipeline;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Lists;

/// <summary>What the month inside a warehouse gave: the pipeline's steps, the active reps and the leads each gets.</summary>
public sealed record MonthInWarehouseResult(PipelineResult Pipeline, int Reps, int PerSga);

/// <summary>
/// The month run inside one warehouse, DuckDB or PostgreSQL (<see cref="MonthlyPipeline"/>) with the list's rules and
/// policy: features, the champion's compiled scores and percentiles, the tiers and the ranked pool of the list for the
/// warehouse's active reps. The assignment to reps, the explanations and the list's publication stay with
/// <c>leadlist</c>, in process.
/// </summary>
public static class MonthInWarehouse
{
    public static MonthInWarehouseResult Run(Store warehouse, DateOnly asOf, string runId, string version, CompileRequest champion,
        ListPolicy policy, RuleSet rules, int? perSga = null)
    {
        var reps = ListStore.ActiveReps(warehouse, policy.ExcludedSgaNames.ToArray());
        if (reps.Count == 0) throw ListErrors.NoReps(policy.ExcludedSgaNames.Count);
        int each = perSga ?? policy.PerSga;
        var pipeline = MonthlyPipeline.Run(warehouse, asOf, runId, version, champion, ListRules.Compile(rules, policy, warehouse.Dialect),
            policy.Pool(rules, reps.Count, reps.Count * each));
        return new MonthInWarehouseResult(pipeline, reps.Count, each);
    }
}
