using System.Globalization;
using DuckDB.NET.Data;
using LeadScore.Data;

namespace LeadScore.Warehouse.Lists;

/// <summary>
/// The lead list's tables in the warehouse (<c>Sql/lists_schema.sql</c>): every attempt in <c>lists.runs</c>, the
/// published leads in <c>lists.leads</c> and every advisor the build dropped, with the step and the reason, in
/// <c>lists.dropped</c>. The list is staged in temporary tables, checked there, and published in one transaction: an
/// attempt that fails its checks or is killed before the commit leaves the earlier list as it was.
/// </summary>
public static class ListStore
{
    public const string RunsTable = "lists.runs";
    public const string LeadsTable = "lists.leads";
    public const string DroppedTable = "lists.dropped";
    internal const string Staged = "list_staged";

    /// <summary>The active sales reps: active Salesforce users flagged as SGAs, except the named ones, ordered by name.</summary>
    public static IReadOnlyList<SalesRep> ActiveReps(Warehouse warehouse, IReadOnlyCollection<string> excludedNames)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        using var command = warehouse.Command("SELECT id, name FROM raw.users WHERE coalesce(is_active, false) AND coalesce(is_sga__c, false) " +
                                              "AND name IS NOT NULL ORDER BY name, id");
        using var reader = command.ExecuteReader();
        var reps = new List<SalesRep>();
        while (reader.Read())
            if (!excludedNames.Contains(reader.GetString(1), StringComparer.OrdinalIgnoreCase)) reps.Add(new SalesRep(reader.GetString(0), reader.GetString(1)));
        return reps;
    }

    /// <summary>Stages the assigned leads (advisor → rep) of the pool as the list's rows, ranked 1..n in list order.</summary>
    public static void Stage(Warehouse warehouse, string listId, IReadOnlyList<(long AdvisorCrd, SalesRep Rep)> assignment)
    {
        warehouse.Execute("CREATE OR REPLACE TEMP TABLE list_assignment (advisor_crd BIGINT, sga_id VARCHAR, sga_name VARCHAR)");
        using (var appender = warehouse.DuckDb.CreateAppender("temp", "main", "list_assignment"))
            foreach (var (crd, rep) in assignment) appender.CreateRow().AppendValue(crd).AppendValue(rep.Id).AppendValue(rep.Name).EndRow();
        warehouse.Execute("CREATE OR REPLACE TEMP MACRO Plural(n, noun) AS CASE WHEN n IS NULL THEN NULL WHEN n = 1 THEN '1 ' || noun ELSE n || ' ' || noun || 's' END");
        warehouse.Execute($"CREATE OR REPLACE TEMP TABLE {Staged} AS SELECT {Sql.Literal(listId)} AS list_id, " +
                          $"CAST(row_number() OVER (ORDER BY p.list_rank) AS INTEGER) AS list_rank, p.advisor_crd, a.sga_id, a.sga_name, p.final_tier, " +
                          "p.v3_tier, p.priority_rank, p.expected_rate, p.v4_score, p.v4_percentile, p.reason1_feature, p.reason1_value, " +
                          "p.reason2_feature, p.reason2_value, p.reason3_feature, p.reason3_value, p.v4_narrative, " +
                          $"{ScoreNarrative} AS score_narrative, " +
                          "CASE WHEN p.source_priority = 2 THEN p.sf_lead_id END AS salesforce_lead_id, " +
                          "CASE WHEN p.source_priority = 2 THEN 'IN_SALESFORCE' ELSE 'NEW_PROSPECT' END AS prospect_type, " +
                          "p.first_name, p.last_name, p.job_title, p.email, p.phone, p.linkedin_url, p.has_linkedin, p.firm_name, p.firm_crd, " +
                          "p.firm_rep_count, p.firm_net_change_12mo, p.tenure_months, p.experience_years AS industry_tenure_years, p.num_prior_firms, " +
                          $"p.is_partner_founder FROM {LeadPool.Table} p JOIN list_assignment a USING (advisor_crd) WHERE p.drop_step IS NULL");
    }

    /// <summary>The sentence that says why the advisor is on the list: the tier's evidence, or the score for backfill.</summary>
    private const string ScoreNarrative =
        "p.first_name || ' ' || p.last_name || ' at ' || p.firm_name || ': ' || CASE WHEN p.final_tier <> p.v3_tier " +
        "THEN 'no V3 tier, but V4 percentile ' || p.v4_percentile || ' (score backfill). ' || p.v4_narrative " +
        "ELSE p.v3_tier || '. ' || Plural(p.tenure_years, 'year') || ' at the firm, ' || coalesce(Plural(p.experience_years, 'year') || ' in the industry', 'industry experience unknown') " +
        "|| ', ' || Plural(p.num_prior_firms, 'prior firm') || '; the firm''s net change in 12 months is ' || p.firm_net_change_12mo || ' advisors.' END " +
        "|| ' Expected conversion ' || printf('%.2f', 100 * p.expected_rate) || '%.'";

    /// <summary>The attempt number the next attempt of <paramref name="listId"/> takes.</summary>
    public static int NextAttempt(Warehouse warehouse, string listId) => Attempts.Next(warehouse, RunsTable, "list_id", listId);

    /// <summary>Publishes the staged list in one transaction: the list id's earlier rows go, its earlier success is marked replaced.</summary>
    public static void Publish(Warehouse warehouse, ListRecord record)
    {
        EnsureSchema(warehouse);
        using var transaction = warehouse.Connection.BeginTransaction();
        string id = Sql.Literal(record.ListId);
        warehouse.Execute($"DELETE FROM {LeadsTable} WHERE list_id = {id}; DELETE FROM {DroppedTable} WHERE list_id = {id}; " +
                          Attempts.ReplacePublished(RunsTable, "list_id", record.ListId) + "; " +
                          $"INSERT INTO {LeadsTable} SELECT * FROM {Staged} ORDER BY list_rank; " +
                          $"INSERT INTO {DroppedTable} SELECT {id}, advisor_crd, drop_step, drop_reason FROM {LeadPool.Table} WHERE drop_step IS NOT NULL ORDER BY advisor_crd");
        Insert(warehouse, record);
        transaction.Commit();
    }

    /// <summary>Records a failed attempt; the list id's published rows, if any, stay as they were.</summary>
    public static void RecordFailure(Warehouse warehouse, ListRecord record)
    {
        EnsureSchema(warehouse);
        using var transaction = warehouse.Connection.BeginTransaction();
        Insert(warehouse, record);
        transaction.Commit();
    }

    /// <summary>Every attempt, oldest first; only those of <paramref name="listId"/> when given.</summary>
    public static IReadOnlyList<ListRecord> Runs(Warehouse warehouse, string? listId = null)
    {
        if (!warehouse.HasTable(RunsTable)) return [];
        using var command = warehouse.Command($"SELECT * FROM {RunsTable}" + (listId is null ? "" : $" WHERE list_id = {Sql.Literal(listId)}") +
                                              " ORDER BY started_at, list_id, attempt");
        using var reader = command.ExecuteReader();
        var runs = new List<ListRecord>();
        while (reader.Read())
            runs.Add(new ListRecord(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateOnly>(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetString(9), reader.GetInt32(10),
                reader.GetInt32(11), reader.GetInt64(12), reader.GetInt64(13), reader.GetString(14), reader.IsDBNull(15) ? null : reader.GetString(15),
                reader.GetString(16), reader.GetString(17), reader.GetDateTime(18), reader.GetDateTime(19)));
        return runs;
    }

    /// <summary>The published attempt of a list id, or null.</summary>
    public static ListRecord? Published(Warehouse warehouse, string listId) =>
        Runs(warehouse, listId).SingleOrDefault(r => r.Status == AttemptStatus.Succeeded);

    /// <summary>Where an advisor stands in a published list; null when the advisor was not in the list's pool at all.</summary>
    public static ListStanding? Standing(Warehouse warehouse, string listId, long advisorCrd)
    {
        string id = Sql.Literal(listId);
        using (var command = warehouse.Command($"SELECT sga_name, final_tier, list_rank, v4_percentile FROM {LeadsTable} WHERE list_id = {id} AND advisor_crd = {advisorCrd}"))
        using (var reader = command.ExecuteReader())
            if (reader.Read())
                return new ListStanding(listId, advisorCrd, true, null, null, reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3));
        using (var command = warehouse.Command($"SELECT step, reason FROM {DroppedTable} WHERE list_id = {id} AND advisor_crd = {advisorCrd}"))
        using (var reader = command.ExecuteReader())
            if (reader.Read())
                return new ListStanding(listId, advisorCrd, false, reader.GetString(0), reader.GetString(1), null, null, null, null);
        return null;
    }

    /// <summary>Writes the export CSV of a published list (the 25 columns the original sent to Salesforce, in list order).</summary>
    public static long Export(Warehouse warehouse, string listId, string path) =>
        FileCopy.Run(warehouse,
            "SELECT advisor_crd, salesforce_lead_id, first_name, last_name, job_title, email, phone, linkedin_url, firm_name, firm_crd, " +
            "final_tier AS score_tier, v3_tier AS original_v3_tier, round(100 * expected_rate, 2) AS expected_rate_pct, score_narrative, " +
            "round(v4_score, 4) AS v4_score, v4_percentile, final_tier <> v3_tier AS is_high_v4_standard, " +
            "CASE WHEN final_tier <> v3_tier THEN 'High-V4 STANDARD (Backfill)' ELSE 'V3 Tier Qualified' END AS v4_status, " +
            "reason1_feature AS shap_top1_feature, reason2_feature AS shap_top2_feature, reason3_feature AS shap_top3_feature, " +
            "prospect_type, sga_name AS sga_owner, sga_id, list_rank, v4_narrative " +
            $"FROM {LeadsTable} WHERE list_id = {Sql.Literal(listId)} ORDER BY list_rank", path);

    private static void EnsureSchema(Warehouse warehouse) => warehouse.Execute(Warehouse.Script("lists_schema"));

    private static void Insert(Warehouse warehouse, ListRecord r)
    {
        using var command = warehouse.Command($"INSERT INTO {RunsTable} VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)");
        foreach (var value in new object?[] { r.ListId, r.Attempt, r.Month, r.ScoreRun, r.AsOf, r.Champion, r.Policy, r.PolicySha256, r.RulesVersion,
                     r.RulesSha256, r.Reps, r.PerSga, r.Leads, r.Dropped, r.Status, r.Reason, r.Summary, r.Checks, r.StartedAt, r.FinishedAt })
            command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        command.ExecuteNonQuery();
    }
}
