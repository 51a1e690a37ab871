using LeadScore.Warehouse.Dialects;
using LeadScore.Warehouse.Features;

namespace LeadScore.Warehouse.Lists;

/// <summary>
/// Where the pool's rows come from: the placeholders of <c>Sql/list_inputs.sql</c> and <c>Sql/list_pool.sql</c> that
/// tell the month's list from the replay of a past month. Everything else in the two scripts is the policy's and
/// the rules', and the same for both. Each is SQL that every dialect reads alike, its literals quoted by the dialect.
/// </summary>
/// <param name="Contacts">A table shaped like <c>raw.ria_contacts_current</c> holding the advisors and their firm.</param>
/// <param name="AdvisorFilter">Which of its rows are in the pool (a condition on its columns).</param>
/// <param name="FirmRoster">A query of who is at which firm since when (firm_crd, advisor_crd, start_date): firm reps and arrivals.</param>
/// <param name="SalesforceKnown">Which Salesforce leads exist on the date (a condition on <c>raw.leads</c>).</param>
/// <param name="SalesforceBlocking">Whether a lead's status, do-not-call flag or a recent call drops the advisor.</param>
/// <param name="Scores">A query of the scores (advisor_crd, v4_score, v4_percentile, and whatever else the list carries).</param>
/// <param name="NotScored">The reason, as a SQL string expression, for an advisor without a score.</param>
internal sealed record PoolSource(string Contacts, string AdvisorFilter, string FirmRoster, string SalesforceKnown, bool SalesforceBlocking,
    string Scores, string NotScored)
{
    /// <summary>
    /// The month's list: every producing advisor of today's FINTRX snapshot at today's firm, firm reps and arrivals from
    /// today's contacts, every Salesforce lead and its blocking, the champion's scores in the scoring run.
    /// </summary>
    public static PoolSource MonthlyList(string scoreRun, string champion, SqlDialect sql) => new(
        "raw.ria_contacts_current",
        "coalesce(producing_advisor, false)",
        "SELECT primary_firm AS firm_crd, ria_contact_crd_id AS advisor_crd, primary_firm_start_date AS start_date " +
        "FROM raw.ria_contacts_current WHERE primary_firm IS NOT NULL",
        "true",
        true,
        "SELECT advisor_crd, coalesce(calibrated_probability, probability) AS v4_score, percentile AS v4_percentile, " +
        "reason1_feature, reason1_value, reason2_feature, reason2_value, reason3_feature, reason3_value, narrative AS v4_narrative " +
        $"FROM scores.prospect_scores WHERE run_id = {sql.Text(scoreRun)} AND model_version = {sql.Text(champion)} AND role = 'champion'",
        sql.Text($"not scored by the champion in scoring run {scoreRun}"));

    /// <summary>
    /// A past month replayed (<see cref="PoolReplay"/>): the month's lead advisors, whatever their producing status
    /// today, with the firm each held on the date (<see cref="PoolReplay.Contacts"/>); firm rosters from the spells
    /// covering the date; the Salesforce leads created before it, never blocking; an arm's scores.
    /// </summary>
    public static PoolSource Replay(DateOnly asOf)
    {
        string date = TargetOptions.Date(asOf);
        return new(
            PoolReplay.Contacts,
            "true",
            // A spell covers the date from its start until an end date known by then (as Sql/pit_firm.sql reads spells).
            "SELECT previous_registration_company_crd_id AS firm_crd, ria_contact_crd_id AS advisor_crd, previous_registration_company_start_date AS start_date " +
            $"FROM raw.contact_registered_employment_history WHERE previous_registration_company_start_date <= {date} " +
            $"AND (previous_registration_company_end_date IS NULL OR end_date_known_at IS NULL OR end_date_known_at > {date} " +
            $"OR previous_registration_company_end_date >= {date})",
            $"CAST(created_date AS DATE) < {date}",
            // Status, do-not-call and recent calls are off: status and do-not-call are today's values and include each
            // lead's own outcome (a converted lead now has status Converted), which would leak the label into the replay.
            false,
            $"SELECT advisor_crd, v4_score, v4_percentile FROM {PoolReplay.Scores}",
            "'no score in this arm'");
    }
}
