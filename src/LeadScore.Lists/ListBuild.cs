using LeadScore.Warehouse;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LeadScore.Lists.Allocation;
using LeadScore.Lists.Policy;
using LeadScore.Warehouse.Lists;
using LeadScore.Warehouse.Scores;
using Store = LeadScore.Warehouse.Warehouse;

namespace LeadScore.Lists;

/// <summary>
/// Builds a month's lead list from a successful scoring run, in the order of spec §5.2: the pool with its exclusions,
/// Salesforce matching, tiers, score backfill and disagreement filter (<see cref="LeadPool"/>), the firm cap, tier
/// quotas, no-LinkedIn cap and list size; then the assignment to the active reps (balanced, or the original's
/// round-robin, each computed on the same pool for comparison), the validation, and the publication in one
/// transaction. A list that fails a check is recorded as failed and publishes nothing.
/// </summary>
public static class ListBuild
{

    public static ListResult Execute(string database, ListRequest request, Action<string> progress)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(progress);
        var started = DateTime.UtcNow;
        var timings = new Dictionary<string, double>();
        var clock = Stopwatch.StartNew();
        var first = FirstDay(request.Month);
        var policy = request.Policy;
        // Checked read-only: a writable open creates the raw tables it misses (empty), which would hide a missing raw.tasks.
        using (var probe = Store.OpenExisting(database, readOnly: true)) RequireInputs(probe);
        using var warehouse = Store.OpenExisting(database);
        var run = ScoringRun(warehouse, request.ScoreRun, request.Month, first);
        string champion = Champion(run);
        var reps = ListStore.ActiveReps(warehouse, policy.ExcludedSgaNames.ToArray());
        if (reps.Count == 0) throw ListErrors.NoReps(policy.ExcludedSgaNames.Count);
        int perSga = request.PerSga ?? policy.PerSga;
        int size = reps.Count * perSga;
        var pool = new PoolRequest(run.AsOf, run.RunId, champion, ListRules.Compile(request.Rules, policy, warehouse.Dialect), policy.Pool(request.Rules, reps.Count, size));
        progress($"pool: every producing advisor as of {run.AsOf:yyyy-MM-dd} with the champion {champion}'s scores of run {run.RunId}; {reps.Count} reps, {perSga} leads each");

        var built = LeadPool.Build(warehouse, pool);
        timings["pool"] = Lap(clock);
        progress($"pool: {built.Advisors:N0} producing advisors, {built.Selected.Count:N0} selected for {size:N0} places ({timings["pool"]:0.0} s)");

        var leads = built.Selected.Select(l => new AllocationLead(l.AdvisorCrd, l.FinalTier, l.TierOrder, l.ExpectedRate, l.FirmCrd, l.PartnerOrFounder, l.ListRank)).ToList();
        var balanced = LeadAllocation.Balanced(leads, reps.Count, perSga);
        var roundRobin = LeadAllocation.RoundRobin(leads, reps.Count, perSga);
        var (used, other) = policy.Assignment == "balanced" ? (balanced, roundRobin) : (roundRobin, balanced);
        timings["assignment"] = Lap(clock);
        progress($"assignment ({policy.Assignment}): spread of expected conversions per rep {used.Spread:0.000}; {other.Method.Label()} on the same pool: {other.Spread:0.000} ({timings["assignment"]:0.0} s)");

        var late = LateDrops(built.Selected, used, reps, policy, perSga);
        LeadPool.DropSelected(warehouse, "assignment", late.Where(d => d.Step == "assignment").Select(d => (d.Crd, d.Reason)).ToList());
        LeadPool.DropSelected(warehouse, "disagreement", late.Where(d => d.Step == "disagreement").Select(d => (d.Crd, d.Reason)).ToList());
        var dropped = late.Select(d => d.Crd).ToHashSet();
        var onList = built.Selected.Select((l, i) => (Lead: l, Rep: used.RepOf[i])).Where(x => x.Rep >= 0 && !dropped.Contains(x.Lead.AdvisorCrd)).ToList();
        ListStore.Stage(warehouse, request.Month, onList.Select(x => (x.Lead.AdvisorCrd, reps[x.Rep])).ToList());
        var kept = RepAssignment.Build(used.Method, leads, built.Selected.Select((l, i) => dropped.Contains(l.AdvisorCrd) ? -1 : used.RepOf[i]).ToArray(),
            reps.Count, used.SplitGroups, used.Solver, used.Elapsed);
        var summary = ListSummary.Of(built.Selected, reps, kept, other);

        string? shortfall = onList.Count < size ? Shortfall(size, onList.Count, built, late, reps.Count, perSga) : null;
        bool allowedShort = shortfall is not null && request.AllowShort;
        var expectation = new ListExpectation(reps.Count, perSga, allowedShort ? onList.Count : size, policy.FirmCap,
            policy.DeprioritizeAtOrBelow, policy.TierShareMax, allowedShort);
        var checks = ListValidation.Run(warehouse, expectation);
        timings["checks"] = Lap(clock);
        var failed = checks.Where(c => !c.Passed).ToList();
        string? reason = failed.Count > 0
            ? (shortfall is not null && !request.AllowShort ? shortfall + "; pass --allow-short to publish a short list" : "failed: " + string.Join("; ", failed.Select(c => $"{c.Name} {c.Value} (expected {c.Expected})")))
            : shortfall;
        var record = new ListRecord(request.Month, ListStore.NextAttempt(warehouse, request.Month), request.Month, run.RunId, run.AsOf, champion, policy.Name,
            policy.Sha256, request.Rules.Version, request.Rules.Sha256, reps.Count, perSga, failed.Count == 0 ? onList.Count : 0,
            failed.Count == 0 ? built.Advisors - onList.Count : 0, failed.Count == 0 ? AttemptStatus.Succeeded : AttemptStatus.Failed, reason,
            SummaryJson(summary), ChecksJson(checks), started, DateTime.UtcNow);
        if (failed.Count == 0) ListStore.Publish(warehouse, record);
        else ListStore.RecordFailure(warehouse, record);
        timings["publish"] = Lap(clock);
        progress(failed.Count == 0
            ? $"published list {record.ListId} (attempt {record.Attempt}): {onList.Count:N0} leads in lists.leads, {record.Dropped:N0} dropped advisors with their reasons in lists.dropped ({timings["publish"]:0.0} s)"
            : $"recorded list {record.ListId} (attempt {record.Attempt}) as failed; nothing published");
        return new ListResult(record with { FinishedAt = DateTime.UtcNow }, built with { Steps = LeadPool.Steps(warehouse) }, checks, summary, timings);
    }

    /// <summary>The first day of a month written yyyy-MM.</summary>
    public static DateOnly FirstDay(string month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) && month.Length == 7
            ? first : throw ListErrors.BadMonth(month);

    private static void RequireInputs(Store warehouse)
    {
        if (!warehouse.HasTable("raw.tasks")) throw ListErrors.MissingInput("raw.tasks", "Salesforce Task activity to tell recyclable leads from recently called ones");
        var leadColumns = warehouse.ColumnTypes("raw.leads").Select(c => c.Name).ToHashSet();
        if (!leadColumns.Contains("status") || !leadColumns.Contains("do_not_call"))
            throw ListErrors.MissingInput("status or do_not_call column in raw.leads", "each lead's status and do-not-call flag");
        // Opening a warehouse for writing creates the raw tables it lacks, empty: contacted leads without a single task
        // means the activity was never imported, and every lead would look never called.
        long contacted = warehouse.Count("raw.leads", "stage_entered_contacting__c IS NOT NULL AND NOT coalesce(is_deleted, false)");
        if (contacted > 0 && warehouse.Count("raw.tasks") == 0)
            throw ListErrors.MissingInput($"Salesforce task in raw.tasks (it is empty, while raw.leads holds {contacted:N0} contacted leads)",
                "the call and SMS activity to tell recyclable leads from recently called ones");
    }

    private static RunRecord ScoringRun(Store warehouse, string? name, string month, DateOnly first)
    {
        var runs = ScoreStore.Runs(warehouse);
        if (name is not null)
            return runs.SingleOrDefault(r => r.RunId == name && r.Status == AttemptStatus.Succeeded)
                   ?? throw ListErrors.RunNotPublished(name, runs.LastOrDefault(r => r.RunId == name)?.Status, runs.LastOrDefault(r => r.RunId == name)?.Reason);
        var published = runs.Where(r => r.Status == AttemptStatus.Succeeded).ToList();
        return published.Where(r => r.AsOf <= first && r.AsOf >= first.AddMonths(-1)).OrderBy(r => r.AsOf).ThenBy(r => r.FinishedAt).LastOrDefault()
               ?? throw ListErrors.NoScoringRun(month, first, published.OrderBy(r => r.AsOf).LastOrDefault() is { } last ? $"{last.RunId} as of {last.AsOf:yyyy-MM-dd}" : null);
    }

    private static string Champion(RunRecord run)
    {
        using var models = JsonDocument.Parse(run.Models);
        foreach (var model in models.RootElement.EnumerateArray())
            if (model.GetProperty("role").GetString() == "champion") return model.GetProperty("version").GetString()!;
        throw ListErrors.NoChampion(run.RunId);
    }

    /// <summary>Leads lost after assignment under the original's behaviour: the round-robin's cut and the disagreement filter run late.</summary>
    private static List<(long Crd, string Step, string Reason)> LateDrops(IReadOnlyList<PoolLead> leads, RepAssignment used, IReadOnlyList<SalesRep> reps,
        ListPolicy policy, int perSga)
    {
        var drops = new List<(long, string, string)>();
        for (int i = 0; i < leads.Count; i++)
        {
            var lead = leads[i];
            if (used.RepOf[i] < 0)
                drops.Add((lead.AdvisorCrd, "assignment", $"its round-robin rep already had {perSga} leads; the original cut the surplus in alphabetical order of bucket and tier names"));
            else if (!policy.Disagreement.BeforeAssignment && policy.Disagreement.Drops(lead.V3Tier, lead.Percentile))
                drops.Add((lead.AdvisorCrd, "disagreement", $"{lead.V3Tier} but V4 percentile {lead.Percentile} is below {policy.Disagreement.BelowPercentile} " +
                                                            $"(V3/V4 disagreement, applied after assignment: {reps[used.RepOf[i]].Name} gets no replacement)"));
        }
        return drops;
    }

    private static string Shortfall(int size, int leads, PoolResult pool, IReadOnlyList<(long Crd, string Step, string Reason)> late, int reps, int perSga)
    {
        string cause = late.Count > 0
            ? $"{late.Count(d => d.Step == "assignment"):N0} cut by the round-robin and {late.Count(d => d.Step == "disagreement"):N0} dropped by the disagreement filter after assignment"
            : $"the pool has {pool.Selected.Count:N0} advisors left after the exclusions, filters and quotas ({string.Join(", ", pool.Steps.Select(s => $"{s.Step} {s.Advisors:N0}"))})";
        return $"the list is {size - leads:N0} short of {reps} reps × {perSga} = {size:N0}: {cause}";
    }

    private static string SummaryJson(ListSummary s) => JsonSerializer.Serialize(new
    {
        leads = s.Leads,
        expected_conversions = Math.Round(s.ExpectedConversions, 3),
        expected_conversions_95 = new[] { Math.Round(s.Lower, 3), Math.Round(s.Upper, 3) },
        assignment = s.Assignment.Method.Label(),
        spread = Math.Round(s.Assignment.Spread, 4),
        proven_optimal = s.Assignment.ProvenOptimal,
        comparison = s.Comparison.Method.Label(),
        comparison_spread = Math.Round(s.Comparison.Spread, 4),
        tiers = s.Tiers.ToDictionary(t => t.Tier, t => t.Leads),
        reps = s.Assignment.Loads.Select(l => new { rep = s.Reps[l.Rep].Name, leads = l.Leads, expected = Math.Round(l.ExpectedConversions, 4) }),
    });

    private static string ChecksJson(IEnumerable<ListCheck> checks) =>
        JsonSerializer.Serialize(checks.Select(c => new { check = c.Name, value = c.Value, expected = c.Expected, passed = c.Passed }));

    private static double Lap(Stopwatch clock)
    {
        double seconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        return seconds;
    }
}
