using System.Globalization;
using LeadScore.Warehouse.Features;

namespace LeadScore.Warehouse.Lists;

/// <summary>
/// The month's pool replayed on a past month's leads, for backtests: the same scripts and ranked steps as
/// <see cref="LeadPool.Build"/> (<c>Sql/list_inputs.sql</c>, <c>Sql/list_pool.sql</c>, the firm cap, quotas,
/// no-LinkedIn cap and list size), with <see cref="PoolSource.Replay"/> as the source. <see cref="Month"/> computes
/// the advisors' tier inputs as of the list's date once; <see cref="Arm"/> adds one set of scores and runs the policy,
/// as many times as there are arms. Everything lives in temporary tables of the connection, so a read-only warehouse
/// will do.
/// </summary>
public static class PoolReplay
{
    /// <summary>The month's advisors as <c>raw.ria_contacts_current</c> rows, with the firm each held on the date.</summary>
    internal const string Contacts = "list_replay_contacts";

    /// <summary>An arm's scores and percentiles over the month's advisors.</summary>
    internal const string Scores = "list_replay_scores";

    private const string Advisors = "list_replay_advisors";

    /// <summary>
    /// Prepares a month: the advisors (one row each) with the firm each held on <paramref name="asOf"/> (CRD, name and
    /// start from the employment spell covering the date, <c>Sql/pit_firm.sql</c>), today's other FINTRX columns, and
    /// their tier inputs and V3 tier as of the date (<c>list_inputs</c>), which every arm of the month shares.
    /// </summary>
    public static void Month(Warehouse warehouse, DateOnly asOf, IReadOnlyList<long> advisors, PoolRules rules, PoolPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(advisors);
        warehouse.Execute($"CREATE OR REPLACE TEMP TABLE {Advisors} (advisor_crd BIGINT)");
        using (var appender = warehouse.DuckDb.CreateAppender("temp", "main", Advisors))
            foreach (var crd in advisors) appender.CreateRow().AppendValue(crd).EndRow();
        warehouse.Execute("CREATE OR REPLACE TEMP TABLE feature_anchors AS SELECT CAST(advisor_crd AS VARCHAR) AS anchor_id, advisor_crd, " +
                          $"{TargetOptions.Date(asOf)} AS as_of FROM {Advisors}");
        warehouse.Execute(warehouse.Dialect.Render(Warehouse.Script("pit_firm")));
        // The vendor's employee count is today's: that of the advisor's current firm when it is the firm of the date,
        // else the firm's own (raw.firms). Advisors FINTRX no longer lists keep their CRD and nothing else.
        warehouse.Execute($"CREATE OR REPLACE TEMP TABLE {Contacts} AS SELECT c.* REPLACE (p.advisor_crd AS ria_contact_crd_id, " +
                          "p.firm_crd AS primary_firm, p.firm_name AS primary_firm_name, p.firm_start AS primary_firm_start_date, " +
                          "CASE WHEN p.firm_crd = c.primary_firm THEN c.primary_firm_employee_count ELSE fm.employee_count END AS primary_firm_employee_count) " +
                          "FROM pit_firm p LEFT JOIN raw.ria_contacts_current c ON c.ria_contact_crd_id = p.advisor_crd " +
                          "LEFT JOIN raw.firms fm ON fm.firm_crd = p.firm_crd");
        LeadPool.Inputs(warehouse, asOf, rules, policy, PoolSource.Replay(asOf));
    }

    /// <summary>
    /// One arm on the prepared month: its scores and percentiles (aligned with the month's advisors), then the pool with
    /// every step of the policy up to the list size. <see cref="Outcomes"/> reads each advisor's result.
    /// </summary>
    public static PoolResult Arm(Warehouse warehouse, DateOnly asOf, IReadOnlyList<long> advisors, IReadOnlyList<double> scores,
        IReadOnlyList<int> percentiles, PoolRules rules, PoolPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(policy);
        if (scores.Count != advisors.Count || percentiles.Count != advisors.Count)
            throw new ArgumentException($"{advisors.Count} advisors but {scores.Count} scores and {percentiles.Count} percentiles");
        warehouse.Execute($"CREATE OR REPLACE TEMP TABLE {Scores} (advisor_crd BIGINT, v4_score DOUBLE, v4_percentile INTEGER)");
        using (var appender = warehouse.DuckDb.CreateAppender("temp", "main", Scores))
            for (int i = 0; i < advisors.Count; i++) appender.CreateRow().AppendValue(advisors[i]).AppendValue(scores[i]).AppendValue(percentiles[i]).EndRow();
        var source = PoolSource.Replay(asOf);
        LeadPool.Score(warehouse, asOf, rules, policy, source);
        LeadPool.Rank(warehouse, policy);
        return LeadPool.Result(warehouse);
    }

    /// <summary>Every advisor of the arm's pool: the final tier and the step that dropped it (null: on the list).</summary>
    public static IReadOnlyDictionary<long, PoolOutcome> Outcomes(Warehouse warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        using var command = warehouse.Command($"SELECT advisor_crd, v3_tier, final_tier, drop_step FROM {LeadPool.Table}");
        using var reader = command.ExecuteReader();
        var outcomes = new Dictionary<long, PoolOutcome>();
        while (reader.Read())
            outcomes[reader.GetInt64(0)] = new PoolOutcome(reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        return outcomes;
    }

    /// <summary>
    /// The tier inputs of every advisor in the arm's pool as one line each (CRD, firm at the date, the §3.2 inputs, the
    /// V3 tier), in CRD order: what the arms of a month must share.
    /// </summary>
    internal static IReadOnlyList<string> TierInputs(Warehouse warehouse)
    {
        using var command = warehouse.Command("SELECT advisor_crd, firm_crd, firm_name, firm_start_date, tenure_months, tenure_years, experience_years, " +
                                              "total_firms, num_prior_firms, moves_3yr, firm_rep_count, firm_arrivals_12mo, firm_departures_12mo, " +
                                              "firm_net_change_12mo, firm_turnover_pct, is_wirehouse, has_cfp, has_cfa, has_series_65_only, has_series_7, " +
                                              $"is_hv_wealth_title, has_linkedin, source_priority, v3_tier FROM {LeadPool.Table} ORDER BY advisor_crd");
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        return rows;
    }
}
