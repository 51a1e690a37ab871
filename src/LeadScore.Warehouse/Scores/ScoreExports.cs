using LeadScore.Data;

namespace LeadScore.Warehouse.Scores;

/// <summary>
/// Files written from a published run: the champion's rows for people who want a file, and the Salesforce bulk
/// update of the V4 Lead fields (domain spec §8.4). Each file is written beside its target and renamed only when
/// complete.
/// </summary>
public static class ScoreExports
{
    /// <summary>The champion's rows of a published run, ordered by advisor, as Parquet or CSV (by the file's extension).</summary>
    public static long Champion(Warehouse warehouse, string runId, string path) =>
        FileCopy.Run(warehouse, $"SELECT * EXCLUDE (role) FROM {ScoreStore.ScoresTable} WHERE run_id = {Sql.Literal(runId)} AND role = 'champion' ORDER BY advisor_crd", path);

    /// <summary>
    /// The Salesforce bulk-update CSV of a published run: one row per Lead still in Contacting (entered Contacting,
    /// no call scheduled, not deleted) whose advisor the champion scored. Headers are the API field names; booleans
    /// are <c>true</c>/<c>false</c>; times are ISO 8601 UTC. <c>V4_Score__c</c> is the champion's calibrated
    /// probability (its probability when it has no calibrator) in percent with two decimals, so a Number(18,2)
    /// field keeps it to a hundredth of a percentage point (a 0–1 probability would keep two digits).
    /// </summary>
    public static long Salesforce(Warehouse warehouse, RunRecord run, string path) =>
        FileCopy.Run(warehouse,
            "SELECT l.id AS \"Id\", " +
            "round(100 * coalesce(s.calibrated_probability, s.probability), 2) AS \"V4_Score__c\", " +
            "s.percentile AS \"V4_Score_Percentile__c\", " +
            "CASE WHEN s.deprioritize THEN 'true' ELSE 'false' END AS \"V4_Deprioritize__c\", " +
            "s.model_version AS \"V4_Model_Version__c\", " +
            $"{Sql.Literal(run.FinishedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture))} AS \"V4_Scored_At__c\" " +
            $"FROM {ScoreStore.ScoresTable} s JOIN raw.leads l " +
            "ON TRY_CAST(nullif(regexp_replace(l.fa_crd__c, '[^0-9]', '', 'g'), '') AS BIGINT) = s.advisor_crd " +
            $"WHERE s.run_id = {Sql.Literal(run.RunId)} AND s.role = 'champion' AND l.stage_entered_contacting__c IS NOT NULL " +
            "AND l.stage_entered_call_scheduled__c IS NULL AND NOT coalesce(l.is_deleted, false) ORDER BY l.id", path);
}
