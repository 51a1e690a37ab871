using System.Globalization;
using LeadScore.Warehouse.Dialects;
using LeadScore.Warehouse.Features;

namespace LeadScore.Warehouse.Lists;

/// <summary>
/// Builds the month's pool in the warehouse: every producing advisor with the tier inputs as of the scoring run's date
/// (<c>Sql/list_inputs.sql</c>), the champion's scores and the first reason to drop them (<c>Sql/list_pool.sql</c>),
/// then the ranked steps in the order of spec §5.2 J–L — the firm cap, the tier quotas, the no-LinkedIn cap and the
/// list size — each marking the advisors it drops with its reason. The pool lives in temporary tables of the
/// connection (<c>list_pool</c>) until <see cref="ListStore"/> publishes it. <see cref="PoolReplay"/> runs the same
/// scripts and steps on a past month's leads, with another <see cref="PoolSource"/>. The scripts are written once as
/// <see cref="SqlTemplate"/>s and the steps with the dialect's members: both run in the warehouse's dialect.
/// </summary>
public static class LeadPool
{
    internal const string Table = "list_pool";

    /// <summary>Builds the pool and returns the selected leads in list order (one per advisor) and the drop counts per step.</summary>
    public static PoolResult Build(Warehouse warehouse, PoolRequest request)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(request);
        var source = PoolSource.MonthlyList(request.ScoreRun, request.Champion, warehouse.Dialect);
        Inputs(warehouse, request.AsOf, request.Rules, request.Policy, source);
        Score(warehouse, request.AsOf, request.Rules, request.Policy, source);
        Rank(warehouse, request.Policy);
        return Result(warehouse);
    }

    /// <summary>The pool as the ranked steps left it: the selected leads in list order, the drops per step, the advisors.</summary>
    internal static PoolResult Result(Warehouse warehouse) =>
        new(Selected(warehouse), Steps(warehouse), Count(warehouse, $"SELECT count(*) FROM {Table}"));

    /// <summary>The tiers and <c>list_inputs</c>: the advisors with everything that does not depend on scores.</summary>
    internal static void Inputs(Warehouse warehouse, DateOnly asOf, PoolRules rules, PoolPolicy policy, PoolSource source)
    {
        warehouse.Execute(TiersTable(warehouse.Dialect, rules, policy));
        warehouse.Execute(Fill(warehouse.Dialect, Warehouse.Script("list_inputs"), asOf, rules, policy, source));
    }

    /// <summary><c>list_pool</c>: <c>list_inputs</c> with the source's scores, the final tier and the first reason to drop each advisor.</summary>
    internal static void Score(Warehouse warehouse, DateOnly asOf, PoolRules rules, PoolPolicy policy, PoolSource source) =>
        warehouse.Execute(Fill(warehouse.Dialect, Warehouse.Script("list_pool"), asOf, rules, policy, source));

    /// <summary>The ranked steps on <c>list_pool</c> (firm cap, quotas, no-LinkedIn cap, list size), then the list rank of those left.</summary>
    internal static void Rank(Warehouse warehouse, PoolPolicy p)
    {
        var sql = warehouse.Dialect;
        string Text(string number) => sql.AsText(number);
        string quota = QuotaCase(sql, p.Quotas);
        // The original ranks a firm's advisors with new prospects first, then by tier priority and percentile (§5.2 J).
        Drop(warehouse, "firm_crd", "source_priority, priority_rank, v4_percentile DESC, advisor_crd", $"r > {p.FirmCap}",
            $"'firm ' || firm_name || ' (CRD ' || {Text("firm_crd")} || ') has ' || {Text("n")} || ' eligible advisors; at most {p.FirmCap} per firm, and this one ranks ' || {Text("r")}",
            "firm_cap");
        Drop(warehouse, "final_tier", "source_priority, has_linkedin DESC, v4_percentile DESC, priority_rank, " +
                                      "CASE WHEN firm_net_change_12mo < 0 THEN -firm_net_change_12mo ELSE 0 END DESC, advisor_crd",
            $"r > {quota}", $"final_tier || ' is full: its quota is ' || {Text(quota)} || ' and this advisor ranks ' || {Text("r")} || ' in the tier'", "quota");
        Drop(warehouse, "has_linkedin", ListOrder, $"NOT has_linkedin AND r > {p.NoLinkedInCap}",
            $"'no LinkedIn profile, and the {p.NoLinkedInCap} places for advisors without one are taken (ranks ' || {Text("r")} || ')'", "no_linkedin_cap");
        Drop(warehouse, null, ListOrder, $"r > {p.ListSize}", $"'the list of {p.ListSize} is full (ranks ' || {Text("r")} || ')'", "list_size");
        warehouse.Execute($"ALTER TABLE {Table} ADD COLUMN list_rank INTEGER; " +
                          $"UPDATE {Table} SET list_rank = x.r FROM (SELECT advisor_crd, row_number() OVER (ORDER BY {ListOrder}) AS r " +
                          $"FROM {Table} WHERE drop_step IS NULL) AS x WHERE {Table}.advisor_crd = x.advisor_crd");
    }

    /// <summary>The list order (spec §5.2 L): tier order, new before recycled, LinkedIn first, percentile, CRD.</summary>
    internal const string ListOrder = "tier_order, source_priority, has_linkedin DESC, v4_percentile DESC, advisor_crd";

    /// <summary>
    /// Marks selected advisors as dropped at a later step (assignment): each with its reason. Used for leads the
    /// round-robin cut and the disagreement filter when it runs after assignment, as the original's did.
    /// </summary>
    public static void DropSelected(Warehouse warehouse, string step, IReadOnlyList<(long AdvisorCrd, string Reason)> drops)
    {
        if (drops.Count == 0) return;
        warehouse.Execute("CREATE OR REPLACE TEMP TABLE list_late_drops (advisor_crd BIGINT, reason VARCHAR)");
        using (var appender = warehouse.DuckDb.CreateAppender("temp", "main", "list_late_drops"))
            foreach (var (crd, reason) in drops) appender.CreateRow().AppendValue(crd).AppendValue(reason).EndRow();
        warehouse.Execute($"UPDATE {Table} SET drop_step = {warehouse.Dialect.Text(step)}, drop_reason = d.reason, list_rank = NULL FROM list_late_drops d " +
                          $"WHERE {Table}.advisor_crd = d.advisor_crd AND {Table}.drop_step IS NULL");
    }

    // Marks the advisors still in the pool that the step drops, ranked within each partition (all of them when null).
    private static void Drop(Warehouse warehouse, string? partition, string order, string condition, string reason, string step)
    {
        string window = partition is null ? "" : $"PARTITION BY {partition} ";
        warehouse.Execute($"UPDATE {Table} SET drop_step = '{step}', drop_reason = x.reason FROM (" +
                          $"SELECT advisor_crd, {reason} AS reason, {condition} AS dropped FROM (SELECT *, " +
                          $"row_number() OVER ({window}ORDER BY {order}) AS r, count(*) OVER ({window.TrimEnd()}) AS n " +
                          $"FROM {Table} WHERE drop_step IS NULL) AS ranked) AS x WHERE {Table}.advisor_crd = x.advisor_crd AND x.dropped");
    }

    private static string QuotaCase(SqlDialect sql, IReadOnlyDictionary<string, int> quotas) =>
        "CASE final_tier " + string.Concat(quotas.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => $"WHEN {sql.Text(q.Key)} THEN {q.Value} ")) + "ELSE 0 END";

    // A UNION of SELECTs rather than VALUES, which BigQuery lacks.
    private static string TiersTable(SqlDialect sql, PoolRules rules, PoolPolicy policy)
    {
        var tiers = rules.Tiers.ToList();
        if (policy.Backfill is { } b) tiers.Add(new PoolTier(b.Tier, tiers.First(t => t.Name == rules.StandardTier).Priority, b.Rate, tiers.Max(t => t.Order) + 1));
        string rows = string.Join(" UNION ALL ", tiers.Select(t => string.Create(CultureInfo.InvariantCulture,
            $"SELECT {sql.Text(t.Name)} AS name, {t.Priority} AS priority, {sql.AsDouble(sql.Double(t.FinalRate))} AS final_rate, {t.Order} AS tier_order")));
        return $"{sql.CreateTempTable("list_tiers")} AS {rows}";
    }

    private static string Fill(SqlDialect sql, string script, DateOnly asOf, PoolRules rules, PoolPolicy p, PoolSource source)
    {
        string Licence(string series) => "coalesce(" + (rules.WholeWords
            ? sql.RegexMatches("c.rep_licenses", $"(^|[^A-Za-z0-9]){series}($|[^A-Za-z0-9])")
            : sql.Contains("c.rep_licenses", series)) + ", false)";
        string List(IEnumerable<string> values) => string.Join(", ", values.Select(sql.Text).DefaultIfEmpty("NULL"));
        var values = new Dictionary<string, string>
        {
            ["contacts"] = source.Contacts,
            ["advisor_filter"] = source.AdvisorFilter,
            ["firm_roster"] = source.FirmRoster,
            ["salesforce_known"] = source.SalesforceKnown,
            ["salesforce_blocking"] = Bool(source.SalesforceBlocking),
            ["scores"] = source.Scores,
            ["not_scored"] = source.NotScored,
            ["as_of"] = TargetOptions.Date(asOf),
            // The month's end kept in range, as DuckDB's and BigQuery's date arithmetic do (spec §1.8).
            ["twelve_months_before"] = TargetOptions.Date(asOf.AddMonths(-12)),
            ["three_years_before"] = TargetOptions.Date(asOf.AddYears(-3)),
            ["firm_exclusion"] = rules.FirmExclusion,
            ["title_exclusion"] = rules.TitleExclusion,
            ["age_exclusion"] = rules.AgeExclusion,
            ["disclosure_exclusion"] = rules.DisclosureExclusion,
            ["hv_wealth_title"] = rules.HvWealthTitle,
            ["tier_case"] = rules.TierCase,
            // Partners and founders (spec §5.2 M): whole words, or the original's substring match ("Client Partnerships Advisor").
            ["partner_founder"] = rules.WholeWords
                ? sql.RegexMatches(sql.Upper("c.job_title"), "(^|[^A-Z0-9])(PARTNER|FOUNDER|FOUNDING)($|[^A-Z0-9])")
                : $"({sql.Contains(sql.Upper("c.job_title"), "PARTNER")} OR {sql.Contains(sql.Upper("c.job_title"), "FOUNDER")})",
            ["standard_tier"] = sql.Text(rules.StandardTier),
            ["has_series_65"] = Licence("Series 65"),
            ["has_series_7"] = Licence("Series 7"),
            ["small_firms_measured"] = Bool(p.SmallFirmsMeasured),
            ["null_title_dropped"] = Bool(p.NullTitleDropped),
            ["recyclable_days"] = p.RecyclableDays.ToString(CultureInfo.InvariantCulture),
            ["closed_statuses"] = List(p.ClosedStatuses),
            ["deprioritize_at_or_below"] = p.DeprioritizeAtOrBelow.ToString(CultureInfo.InvariantCulture),
            ["high_v4_on"] = Bool(p.Backfill is not null),
            ["high_v4_min_percentile"] = (p.Backfill?.MinPercentile ?? 101).ToString(CultureInfo.InvariantCulture),
            ["high_v4_tier"] = sql.Text(p.Backfill?.Tier ?? rules.StandardTier),
            ["backfill_clause"] = sql.Text(p.Backfill is { } b ? $" is below {b.MinPercentile}, the score backfill's cut" : " (score backfill is off)"),
            ["disagreement_before"] = Bool(p.DisagreementBeforeAssignment),
            ["disagreement_tiers"] = List(p.DisagreementTiers),
            ["disagreement_below"] = p.DisagreementBelow.ToString(CultureInfo.InvariantCulture),
        };
        return SqlTemplate.Render(script, sql, values);
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static IReadOnlyList<PoolLead> Selected(Warehouse warehouse)
    {
        using var command = warehouse.Command("SELECT advisor_crd, final_tier, v3_tier, tier_order, expected_rate, firm_crd, is_partner_founder, list_rank, v4_percentile " +
                                              $"FROM {Table} WHERE drop_step IS NULL ORDER BY list_rank");
        using var reader = command.ExecuteReader();
        var leads = new List<PoolLead>();
        while (reader.Read())
            leads.Add(new PoolLead(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetDouble(4),
                reader.GetInt64(5), reader.GetBoolean(6), reader.GetInt32(7), reader.GetInt32(8)));
        return leads;
    }

    /// <summary>Advisors dropped per step, in the order of the build.</summary>
    public static IReadOnlyList<PoolStepCount> Steps(Warehouse warehouse)
    {
        using var command = warehouse.Command($"SELECT drop_step, count(*) FROM {Table} WHERE drop_step IS NOT NULL GROUP BY 1");
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>();
        while (reader.Read()) counts[reader.GetString(0)] = reader.GetInt64(1);
        return StepOrder.Where(counts.ContainsKey).Select(s => new PoolStepCount(s, counts[s])).ToList();
    }

    /// <summary>The steps of the build in order; each dropped advisor carries the first that dropped it.</summary>
    public static readonly IReadOnlyList<string> StepOrder =
    [
        "identity", "firm_exclusion", "title_exclusion", "age_exclusion", "disclosure_exclusion", "firm_turnover", "not_scored",
        "deprioritized", "salesforce", "no_tier", "disagreement", "firm_cap", "quota", "no_linkedin_cap", "list_size", "assignment",
    ];

    private static long Count(Warehouse warehouse, string sql)
    {
        using var command = warehouse.Command(sql);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
