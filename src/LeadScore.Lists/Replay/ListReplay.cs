using System.Diagnostics;
using LeadScore.Lists.Policy;
using LeadScore.Metrics;
using LeadScore.Warehouse.Lists;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Lists.Replay;

/// <summary>
/// The monthly lead-list policy replayed on historical contacted leads, once per arm with the arm's own scores, so
/// each arm "selects" the leads its lists would have held: the backtest's <c>list</c> selection. It runs the list's own
/// SQL and steps (<see cref="PoolReplay"/> over <c>Sql/list_inputs.sql</c>, <c>Sql/list_pool.sql</c> and the ranked
/// steps of <see cref="LeadPool"/>), not a copy of them:
/// <list type="bullet">
/// <item>Leads are grouped by contact month (yyyy-MM). Each month is one list, built as of the month's first day (the
/// day its list would have been built), with <see cref="ReplayRequest.ListSize"/> places and the policy's quotas and
/// caps scaled to <c>ListSize / PerSga</c> reps.</item>
/// <item>One pool row per advisor per month: an advisor with several leads in a month is represented by the earliest
/// (contact date, then lead id), and the month's outcome applies to all its leads of that month.</item>
/// <item>An arm's percentile is <see cref="Percentile.Of"/> over the month's pool rows (the representatives' scores),
/// as the scoring run computes percentiles over the population it scores.</item>
/// <item>Tier inputs are as of the date where the data allows: the firm (CRD, name, start) from the employment spell
/// covering the date (<c>Sql/pit_firm.sql</c>, as the features resolve it), and with it the firm exclusions, tenure,
/// experience, prior firms, moves in 3 years, and the firm's reps, arrivals, departures, net change and turnover.
/// Inputs kept only as today's values (title, licences, CFP/CFA in the bio, LinkedIn, …) are used as they are and
/// named in <see cref="ReplayResult.CurrentNotPointInTime"/>.</item>
/// <item>The advisor's producing status today is not asked: a historical lead was contactable then.</item>
/// <item>Salesforce blocking (status, do-not-call, recent calls) is off: those are today's values and include each
/// lead's own outcome (a converted lead now has status Converted), which would leak the label. Leads created before
/// the date still make the advisor a recycled prospect, ranked after new ones as the policy says.</item>
/// <item>Everything else is the policy's: exclusions, tiers, the bottom-20 cut, score backfill, the disagreement
/// filter, firm cap, tier quotas, no-LinkedIn cap and list size. A policy that filters disagreement after assignment
/// has it applied as the last step (a replay assigns no reps), leaving the list short as the original's was.</item>
/// <item>The advisors' tier inputs are computed once per month and shared by every arm; only the scores, the final
/// tier and the steps run per arm. Everything lives in temporary tables: the warehouse may be open read-only.</item>
/// </list>
/// </summary>
public static class ListReplay
{
    /// <summary>Replays the list on the request's leads, once per arm; <paramref name="progress"/> hears one line per month.</summary>
    /// <exception cref="ListException">No leads, a lead without id or given twice, no arms, an arm without name or given twice,
    /// scores not one per lead or not finite, a list size that is not a whole number of reps, or rules and policy that disagree on tiers.</exception>
    public static ReplayResult Run(Store warehouse, ReplayRequest request, Action<string>? progress = null) => Run(warehouse, request, progress, null);

    /// <summary>As the public <see cref="Run(Store, ReplayRequest, Action{string}?)"/>; <paramref name="armBuilt"/> sees each arm's pool (month, arm) before it is read.</summary>
    internal static ReplayResult Run(Store warehouse, ReplayRequest request, Action<string>? progress, Action<string, string>? armBuilt)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Rules);
        ArgumentNullException.ThrowIfNull(request.Policy);
        Check(request);
        var rules = ListRules.Compile(request.Rules, request.Policy, warehouse.Dialect);
        var policy = request.Policy.Pool(request.Rules, request.ListSize / request.Policy.PerSga, request.ListSize);
        var leads = request.Leads;
        var arms = request.Arms.Select(a => new ReplayArmResult(a.Name, new bool[leads.Count], new string[leads.Count], new string?[leads.Count], new int[leads.Count])).ToArray();
        var months = new List<ReplayMonth>();
        foreach (var month in ContactMonth.Of(leads))
        {
            var clock = Stopwatch.StartNew();
            PoolReplay.Month(warehouse, month.AsOf, month.Advisors, rules, policy);
            var selected = new int[arms.Length];
            for (int a = 0; a < arms.Length; a++)
            {
                var scores = month.Representatives.Select(i => request.Arms[a].Scores[i]).ToArray();
                var percentiles = Percentile.Of(scores);
                var built = PoolReplay.Arm(warehouse, month.AsOf, month.Advisors, scores, percentiles, rules, policy);
                LateDisagreement(warehouse, built, request.Policy);
                armBuilt?.Invoke(month.Month, arms[a].Name);
                selected[a] = Record(arms[a], month, percentiles, PoolReplay.Outcomes(warehouse));
            }
            months.Add(new ReplayMonth(month.Month, month.AsOf, month.LeadCount, month.Advisors.Length, selected));
            progress?.Invoke($"{month.Month}: {month.LeadCount:N0} leads of {month.Advisors.Length:N0} advisors, list of {request.ListSize:N0} as of {month.AsOf:yyyy-MM-dd}; " +
                             $"selected {string.Join(", ", arms.Select((arm, a) => $"{arm.Name} {selected[a]:N0}"))} ({clock.Elapsed.TotalSeconds:0.0} s)");
        }
        return new ReplayResult(arms, CurrentInputs.Of(request.Rules, request.Policy), months);
    }

    private static void Check(ReplayRequest request)
    {
        if (request.Leads is null || request.Leads.Count == 0) throw ReplayErrors.NoLeads();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < request.Leads.Count; i++)
        {
            if (request.Leads[i] is not { LeadId: { Length: > 0 } id }) throw ReplayErrors.NoLeadId(i);
            if (!ids.Add(id)) throw ReplayErrors.DuplicateLead(id);
        }
        if (request.Arms is null || request.Arms.Count == 0) throw ReplayErrors.NoArms();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int a = 0; a < request.Arms.Count; a++)
        {
            if (request.Arms[a] is not { Name: { Length: > 0 } name } arm) throw ReplayErrors.UnnamedArm(a);
            if (!names.Add(name)) throw ReplayErrors.DuplicateArm(name);
            if (arm.Scores is null || arm.Scores.Length != request.Leads.Count) throw ReplayErrors.ScoreCount(name, arm.Scores?.Length ?? 0, request.Leads.Count);
            for (int i = 0; i < arm.Scores.Length; i++)
                if (!double.IsFinite(arm.Scores[i])) throw ReplayErrors.NotFinite(name, request.Leads[i].LeadId, arm.Scores[i]);
        }
        if (request.ListSize <= 0 || request.ListSize % request.Policy.PerSga != 0) throw ReplayErrors.ListSize(request.ListSize, request.Policy.PerSga, request.Policy.Name);
    }

    /// <summary>The disagreement filter of a policy that runs it after assignment: in a replay, the last step, not backfilled.</summary>
    private static void LateDisagreement(Store warehouse, PoolResult built, ListPolicy policy)
    {
        if (policy.Disagreement.BeforeAssignment) return;
        var d = policy.Disagreement;
        LeadPool.DropSelected(warehouse, "disagreement", built.Selected.Where(l => d.Drops(l.V3Tier, l.Percentile))
            .Select(l => (l.AdvisorCrd, $"{l.V3Tier} but V4 percentile {l.Percentile} is below {d.BelowPercentile} (V3/V4 disagreement, after assignment " +
                                        "in the policy: in a replay, which assigns no reps, the last step; the place is not refilled)")).ToList());
    }

    /// <summary>Copies the month's outcomes to the arm's leads (every lead of an advisor shares it); returns the leads selected.</summary>
    private static int Record(ReplayArmResult arm, ContactMonth month, int[] percentiles, IReadOnlyDictionary<long, PoolOutcome> outcomes)
    {
        int selected = 0;
        for (int k = 0; k < month.Advisors.Length; k++)
        {
            var outcome = outcomes.TryGetValue(month.Advisors[k], out var o) ? o
                : throw new InvalidOperationException($"advisor {month.Advisors[k]} of {month.Month} is missing from the replayed pool");
            foreach (var i in month.Leads[k])
            {
                arm.Selected[i] = outcome.DropStep is null;
                arm.FinalTier[i] = outcome.FinalTier;
                arm.DropStep[i] = outcome.DropStep;
                arm.Percentile[i] = percentiles[k];
                if (arm.Selected[i]) selected++;
            }
        }
        return selected;
    }
}
