-- Labelled leads (domain spec §1.7): outbound "Provided Lead List" leads contacted in the window, one per advisor
-- (the earliest contact), labelled 1 when the call was scheduled within {window_days} days of the contact, as known
-- on the fixed analysis date (a call scheduled after it is not known yet). Placeholders are filled by
-- TargetBuilder from typed options, never from user text:
--   {from}, {to}, {analysis_date}: DATE literals; {window_days}: integer;
--   {negative_is_positive}: true = the original's quirk, a call scheduled before the contact counts as 1;
--                           false (default) = such leads are dropped: the contact did not cause that call;
--   {late_is_negative}: true (default) = calls after the window are labelled 0, as V3 did;
--                       false = such leads are dropped, as the original V4 target did.
CREATE OR REPLACE TEMP TABLE labelled_leads AS
WITH leads AS (
    SELECT id AS lead_id,
           TRY_CAST(NULLIF(regexp_replace(fa_crd__c, '[^0-9]', '', 'g'), '') AS BIGINT) AS advisor_crd,
           CAST(stage_entered_contacting__c AS DATE) AS contacted_date,
           CAST(stage_entered_call_scheduled__c AS DATE) AS call_date
    FROM raw.leads
    WHERE stage_entered_contacting__c IS NOT NULL
      AND NOT COALESCE(is_deleted, false)
      AND (company IS NULL OR upper(company) NOT LIKE '%SAVVY%')
      AND (lead_source LIKE '%Provided Lead List%' OR lead_source LIKE '%Provided Lead%' OR lead_source LIKE '%Lead List%')
),
first_contact AS (
    SELECT * FROM leads
    WHERE advisor_crd IS NOT NULL AND contacted_date BETWEEN {from} AND {to}
    QUALIFY row_number() OVER (PARTITION BY advisor_crd ORDER BY contacted_date, lead_id) = 1
),
known AS (
    SELECT lead_id, advisor_crd, contacted_date,
           CASE WHEN call_date <= {analysis_date} THEN call_date END AS mql_date,
           date_diff('day', contacted_date, {analysis_date}) >= {window_days} AS mature
    FROM first_contact
),
labelled AS (
    SELECT *, date_diff('day', contacted_date, mql_date) AS days_to_mql FROM known
)
SELECT lead_id, advisor_crd, contacted_date, mql_date, days_to_mql,
       CASE
           WHEN days_to_mql < 0 THEN CASE WHEN {negative_is_positive} THEN 1 END
           WHEN days_to_mql <= {window_days} THEN 1
           WHEN days_to_mql > {window_days} THEN CASE WHEN {late_is_negative} THEN 0 END
           WHEN mature THEN 0
       END AS target
FROM labelled;
DELETE FROM labelled_leads WHERE target IS NULL;
