using System.Globalization;

namespace LeadScore.Warehouse.Lists;

/// <summary>One check of a staged list: what was measured, what was expected, and whether it holds.</summary>
public sealed record ListCheck(string Name, string Value, string Expected, bool Passed);

/// <summary>What a staged list must satisfy: its size and the per-rep count, the caps, the cut and the tier shares.</summary>
/// <remarks>
/// <c>ExpectedLeads</c> is reps × per-SGA, or the smaller count a short list was allowed to have (<c>Short</c>); a short
/// list only has to keep every rep at or under per-SGA, since the shortfall may fall on some reps (the original's cut).
/// </remarks>
public sealed record ListExpectation(int Reps, int PerSga, int ExpectedLeads, int FirmCap, int DeprioritizeAtOrBelow,
    IReadOnlyDictionary<string, double> TierShareMax, bool Short = false);

/// <summary>
/// The list's validation (the seed's Step 2.1, automatic): every check is a query over the staged list and the raw
/// tables, run before anything is published.
/// </summary>
public static class ListValidation
{
    public static IReadOnlyList<ListCheck> Run(Warehouse warehouse, ListExpectation e)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(e);
        var checks = new List<ListCheck>();
        long leads = Scalar(warehouse, $"SELECT count(*) FROM {ListStore.Staged}");
        checks.Add(new("leads", Count(leads), Count(e.ExpectedLeads), leads == e.ExpectedLeads));

        int low = e.Short ? 0 : e.ExpectedLeads / e.Reps, high = e.Short ? e.PerSga : (e.ExpectedLeads + e.Reps - 1) / e.Reps;
        long minPerRep = Scalar(warehouse, $"SELECT coalesce(min(n), 0) FROM (SELECT count(*) AS n FROM {ListStore.Staged} GROUP BY sga_id)");
        long maxPerRep = Scalar(warehouse, $"SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM {ListStore.Staged} GROUP BY sga_id)");
        long repsWithLeads = Scalar(warehouse, $"SELECT count(DISTINCT sga_id) FROM {ListStore.Staged}");
        checks.Add(new("leads per rep", $"{minPerRep}–{maxPerRep} over {repsWithLeads} reps",
            e.Short ? $"at most {high} for each of {e.Reps} reps" : low == high ? $"{low} for each of {e.Reps} reps" : $"{low}–{high} for each of {e.Reps} reps",
            minPerRep >= low && maxPerRep <= high && (e.Short || repsWithLeads == e.Reps || e.ExpectedLeads < e.Reps)));

        long duplicates = leads - Scalar(warehouse, $"SELECT count(DISTINCT advisor_crd) FROM {ListStore.Staged}");
        checks.Add(new("one row per advisor", $"{Count(duplicates)} duplicate rows", "0", duplicates == 0));

        long unexplained = Scalar(warehouse, $"SELECT count(*) FROM {ListStore.Staged} WHERE v4_score IS NULL OR v4_percentile IS NULL OR reason1_feature IS NULL " +
                                             "OR reason2_feature IS NULL OR reason3_feature IS NULL OR coalesce(v4_narrative, '') = '' OR coalesce(score_narrative, '') = ''");
        checks.Add(new("score, percentile, three reasons and a narrative", $"{Count(unexplained)} leads lack one", "0", unexplained == 0));

        long firms = Scalar(warehouse, $"SELECT count(*) FROM {ListStore.Staged} s JOIN list_contacts c USING (advisor_crd) WHERE c.firm_excluded IS NOT NULL");
        checks.Add(new("no excluded firm", Count(firms), "0", firms == 0));
        long titles = Scalar(warehouse, $"SELECT count(*) FROM {ListStore.Staged} s JOIN list_contacts c USING (advisor_crd) WHERE c.title_excluded IS NOT NULL");
        checks.Add(new("no excluded title", Count(titles), "0", titles == 0));

        long dnc = Scalar(warehouse, $"SELECT count(DISTINCT s.advisor_crd) FROM {ListStore.Staged} s JOIN raw.leads l " +
                                     "ON TRY_CAST(nullif(regexp_replace(l.fa_crd__c, '[^0-9]', '', 'g'), '') AS BIGINT) = s.advisor_crd " +
                                     "WHERE coalesce(l.do_not_call, false) AND NOT coalesce(l.is_deleted, false)");
        checks.Add(new("no do-not-call advisor", Count(dnc), "0", dnc == 0));

        long perFirm = Scalar(warehouse, $"SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM {ListStore.Staged} GROUP BY firm_crd)");
        checks.Add(new("leads per firm", $"at most {perFirm}", $"at most {e.FirmCap}", perFirm <= e.FirmCap));

        long lowest = Scalar(warehouse, $"SELECT coalesce(min(v4_percentile), 100) FROM {ListStore.Staged}");
        checks.Add(new("no deprioritized lead", $"lowest percentile {lowest}", $"above {e.DeprioritizeAtOrBelow}", lowest > e.DeprioritizeAtOrBelow));

        long split = Scalar(warehouse, $"SELECT count(*) FROM (SELECT firm_crd FROM {ListStore.Staged} WHERE is_partner_founder GROUP BY firm_crd " +
                                       "HAVING count(DISTINCT sga_id) > 1)");
        checks.Add(new("a firm's partners and founders with one rep", $"{Count(split)} firms split", "0", split == 0));

        foreach (var (tier, max) in e.TierShareMax.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            double share = leads == 0 ? 0 : Scalar(warehouse, $"SELECT count(*) FROM {ListStore.Staged} WHERE final_tier = {LeadScore.Data.Sql.Literal(tier)}") / (double)leads;
            checks.Add(new($"share of {tier}", share.ToString("P1", CultureInfo.InvariantCulture), $"at most {max.ToString("P0", CultureInfo.InvariantCulture)}", share <= max + 1e-12));
        }
        return checks;
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static long Scalar(Warehouse warehouse, string sql)
    {
        using var command = warehouse.Command(sql);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
