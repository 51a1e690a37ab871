-- The monthly lead list's pool (domain spec §5.2 A–K): one row per producing advisor with the tier inputs as of the
-- scoring run's date, the champion's score, the Salesforce state and the first reason it is dropped (NULL: eligible).
-- The {placeholders} are filled by LeadScore.Warehouse.Lists.LeadPool from the rules and the list policy.

-- The exclusions of the rules, evaluated once per distinct firm (name, CRD) and title rather than per advisor.
CREATE OR REPLACE TEMP TABLE list_firm_names AS
SELECT primary_firm_name, primary_firm, {firm_exclusion} AS firm_excluded
FROM (SELECT DISTINCT primary_firm_name, primary_firm FROM raw.ria_contacts_current WHERE coalesce(producing_advisor, false));

CREATE OR REPLACE TEMP TABLE list_titles AS
SELECT title_name, {title_exclusion} AS title_excluded, coalesce({hv_wealth_title}, false) AS is_hv_wealth_title
FROM (SELECT DISTINCT title_name FROM raw.ria_contacts_current WHERE coalesce(producing_advisor, false));

-- Contacts, with the exclusions found above and those on the advisor's own columns.
CREATE OR REPLACE TEMP TABLE list_contacts AS
SELECT c.ria_contact_crd_id AS advisor_crd, c.contact_first_name AS first_name, c.contact_last_name AS last_name, c.email,
       coalesce(c.mobile_phone_number, c.office_phone_number) AS phone, c.linkedin_profile_url AS linkedin_url,
       c.title_name AS job_title, c.contact_bio, c.rep_licenses, c.primary_firm AS firm_crd, c.primary_firm_name AS firm_name,
       c.primary_firm_start_date AS firm_start_date, c.primary_firm_employee_count AS firm_employee_count,
       f.firm_excluded, t.title_excluded, a.age_excluded, a.disclosure_excluded, t.is_hv_wealth_title
FROM raw.ria_contacts_current c
JOIN list_firm_names f ON f.primary_firm_name IS NOT DISTINCT FROM c.primary_firm_name AND f.primary_firm IS NOT DISTINCT FROM c.primary_firm
JOIN list_titles t ON t.title_name IS NOT DISTINCT FROM c.title_name
JOIN (SELECT ria_contact_crd_id, {age_exclusion} AS age_excluded, {disclosure_exclusion} AS disclosure_excluded
      FROM raw.ria_contacts_current) a ON a.ria_contact_crd_id = c.ria_contact_crd_id
WHERE coalesce(c.producing_advisor, false);

-- Career: first registration, distinct firms, firms joined in the last three years (spells started by the date).
CREATE OR REPLACE TEMP TABLE list_history AS
SELECT ria_contact_crd_id AS advisor_crd, min(previous_registration_company_start_date) AS first_start,
       count(DISTINCT previous_registration_company_crd_id) AS firms,
       count(DISTINCT previous_registration_company_crd_id)
           FILTER (WHERE previous_registration_company_start_date >= CAST({as_of} - INTERVAL 3 YEAR AS DATE)) AS moves_3yr
FROM raw.contact_registered_employment_history
WHERE previous_registration_company_start_date <= {as_of}
GROUP BY 1;

-- Firms: current reps (every contact, producing or not), departures and arrivals in the 12 months before the date.
-- "measured" says whether the firm's net change and turnover count (the original measured only firms of 20+ reps).
CREATE OR REPLACE TEMP TABLE list_firms AS
WITH reps AS (
    SELECT primary_firm AS firm_crd, count(DISTINCT ria_contact_crd_id) AS current_reps
    FROM raw.ria_contacts_current WHERE primary_firm IS NOT NULL GROUP BY 1),
departures AS (
    SELECT previous_registration_company_crd_id AS firm_crd, count(DISTINCT ria_contact_crd_id) AS departures
    FROM raw.contact_registered_employment_history
    WHERE previous_registration_company_end_date >= CAST({as_of} - INTERVAL 12 MONTH AS DATE)
      AND previous_registration_company_end_date <= {as_of}
      AND coalesce(end_date_known_at, previous_registration_company_end_date) <= {as_of}
    GROUP BY 1),
arrivals AS (
    SELECT primary_firm AS firm_crd, count(DISTINCT ria_contact_crd_id) AS arrivals
    FROM raw.ria_contacts_current
    WHERE primary_firm_start_date >= CAST({as_of} - INTERVAL 12 MONTH AS DATE) AND primary_firm_start_date <= {as_of}
    GROUP BY 1)
SELECT r.firm_crd, r.current_reps, coalesce(a.arrivals, 0) AS arrivals, coalesce(d.departures, 0) AS departures,
       r.current_reps >= 20 OR {small_firms_measured} AS measured
FROM reps r LEFT JOIN departures d USING (firm_crd) LEFT JOIN arrivals a USING (firm_crd);

-- Salesforce: each advisor's non-deleted leads, whether any of them forbids calling again (status and do-not-call are
-- Salesforce's current values, which a list must respect whatever its date), and the lead to reuse.
CREATE OR REPLACE TEMP TABLE list_salesforce AS
WITH leads AS (
    SELECT id, TRY_CAST(nullif(regexp_replace(fa_crd__c, '[^0-9]', '', 'g'), '') AS BIGINT) AS advisor_crd, status,
           coalesce(do_not_call, false) AS do_not_call, created_date
    FROM raw.leads WHERE NOT coalesce(is_deleted, false)),
-- A task counts from its latest date (NULLs as 1900-01-01, as the original); tasks after the date are not yet known.
touches AS (
    SELECT who_id, max(touched) AS last_touch
    FROM (SELECT who_id, greatest(coalesce(activity_date, DATE '1900-01-01'),
                                  coalesce(CAST(completed_date_time AS DATE), DATE '1900-01-01'),
                                  coalesce(CAST(created_date AS DATE), DATE '1900-01-01')) AS touched
          FROM raw.tasks
          WHERE NOT coalesce(is_deleted, false)
            AND (type IN ('Outgoing SMS', 'Incoming SMS') OR upper(subject) LIKE '%SMS%' OR upper(subject) LIKE '%TEXT%'
                 OR upper(subject) LIKE '%CALL%' OR task_subtype = 'Call' OR type = 'Call' OR call_type IS NOT NULL))
    WHERE touched <= {as_of}
    GROUP BY 1),
judged AS (
    SELECT l.*, t.last_touch,
           CASE WHEN l.do_not_call THEN 'Salesforce lead ' || l.id || ' is marked do-not-call'
                WHEN l.status IN ({closed_statuses}) THEN 'Salesforce lead ' || l.id || ' has status ' || l.status
                WHEN t.last_touch > DATE '1900-01-01' AND date_diff('day', t.last_touch, {as_of}) <= {recyclable_days}
                    THEN 'Salesforce lead ' || l.id || ' was called or texted on ' || strftime(t.last_touch, '%Y-%m-%d') || ', '
                         || date_diff('day', t.last_touch, {as_of}) || ' days before ' || strftime({as_of}, '%Y-%m-%d')
                         || ' (recyclable after ' || {recyclable_days} || ')'
           END AS blocked
    FROM leads l LEFT JOIN touches t ON t.who_id = l.id
    WHERE l.advisor_crd IS NOT NULL)
SELECT advisor_crd, count(*) AS sf_leads,
       first(blocked ORDER BY created_date DESC, id) FILTER (WHERE blocked IS NOT NULL) AS sf_blocked,
       first(id ORDER BY created_date DESC, id) AS sf_lead_id
FROM judged GROUP BY 1;

-- The champion's scores in the scoring run.
CREATE OR REPLACE TEMP TABLE list_scores AS
SELECT advisor_crd, coalesce(calibrated_probability, probability) AS v4_score, percentile AS v4_percentile,
       reason1_feature, reason1_value, reason2_feature, reason2_value, reason3_feature, reason3_value, narrative AS v4_narrative
FROM scores.prospect_scores
WHERE run_id = {score_run} AND model_version = {champion} AND role = 'champion';

-- Every producing advisor with the tier inputs (spec §3.2), the tier, and the first reason to drop it.
CREATE OR REPLACE TEMP TABLE list_pool AS
WITH inputs AS (
    SELECT c.*,
           CAST(date_diff('month', c.firm_start_date, {as_of}) AS INTEGER) AS tenure_months,
           CAST(date_diff('year', c.firm_start_date, {as_of}) AS INTEGER) AS tenure_years,
           CAST(date_diff('year', h.first_start, {as_of}) AS INTEGER) AS experience_years,
           CAST(coalesce(h.firms, 1) AS INTEGER) AS total_firms,
           CAST(coalesce(h.firms, 1) - 1 AS INTEGER) AS num_prior_firms,
           CAST(coalesce(h.moves_3yr, 0) AS INTEGER) AS moves_3yr,
           CAST(coalesce(CASE WHEN f.current_reps >= 20 THEN f.current_reps END, c.firm_employee_count, 1) AS INTEGER) AS firm_rep_count,
           CAST(CASE WHEN f.measured THEN f.arrivals ELSE 0 END AS INTEGER) AS firm_arrivals_12mo,
           CAST(CASE WHEN f.measured THEN f.departures ELSE 0 END AS INTEGER) AS firm_departures_12mo,
           CAST(CASE WHEN f.measured THEN f.arrivals - f.departures ELSE 0 END AS INTEGER) AS firm_net_change_12mo,
           CASE WHEN f.measured AND f.current_reps > 0 THEN f.departures * 100.0 / f.current_reps ELSE 0 END AS firm_turnover_pct,
           f.current_reps,
           c.firm_excluded IS NOT NULL AS is_wirehouse,
           coalesce(contains(c.contact_bio, 'CFP'), false) OR coalesce(contains(c.job_title, 'CFP'), false) AS has_cfp,
           coalesce(contains(c.contact_bio, 'CFA'), false) OR coalesce(contains(c.job_title, 'CFA'), false) AS has_cfa,
           {has_series_65} AND NOT {has_series_7} AS has_series_65_only,
           {has_series_7} AS has_series_7,
           coalesce(trim(c.linkedin_url) <> '', false) AS has_linkedin,
           coalesce({partner_founder}, false) AS is_partner_founder,
           s.* EXCLUDE (advisor_crd), sf.* EXCLUDE (advisor_crd)
    FROM list_contacts c
    LEFT JOIN list_history h USING (advisor_crd)
    LEFT JOIN list_firms f ON f.firm_crd = c.firm_crd
    LEFT JOIN list_scores s USING (advisor_crd)
    LEFT JOIN list_salesforce sf USING (advisor_crd)),
tiered AS (
    SELECT i.*, {tier_case} AS v3_tier FROM inputs i),
finals AS (
    SELECT t.*, v.priority AS priority_rank,
           CASE WHEN t.v3_tier = {standard_tier} AND {high_v4_on} AND t.v4_percentile >= {high_v4_min_percentile}
                THEN {high_v4_tier} ELSE t.v3_tier END AS final_tier
    FROM tiered t JOIN list_tiers v ON v.name = t.v3_tier),
judged AS (
    SELECT f.*, ft.final_rate AS expected_rate, ft.tier_order,
           CASE WHEN f.sf_lead_id IS NULL THEN 1 ELSE 2 END AS source_priority,
           CASE
               WHEN f.first_name IS NULL OR f.last_name IS NULL OR f.firm_start_date IS NULL OR f.firm_name IS NULL OR f.firm_crd IS NULL
                   THEN ['identity', 'missing ' || concat_ws(', ', CASE WHEN f.first_name IS NULL THEN 'first name' END,
                         CASE WHEN f.last_name IS NULL THEN 'last name' END, CASE WHEN f.firm_start_date IS NULL THEN 'firm start date' END,
                         CASE WHEN f.firm_name IS NULL THEN 'firm name' END, CASE WHEN f.firm_crd IS NULL THEN 'firm CRD' END)]
               WHEN f.firm_excluded IS NOT NULL THEN ['firm_exclusion', f.firm_excluded]
               WHEN f.title_excluded IS NOT NULL THEN ['title_exclusion', f.title_excluded]
               WHEN f.job_title IS NULL AND {null_title_dropped} THEN ['title_exclusion', 'no job title (the original dropped NULL titles)']
               WHEN f.age_excluded IS NOT NULL THEN ['age_exclusion', f.age_excluded]
               WHEN f.disclosure_excluded IS NOT NULL THEN ['disclosure_exclusion', f.disclosure_excluded]
               WHEN f.firm_turnover_pct >= 100
                   THEN ['firm_turnover', 'firm ' || f.firm_name || ' lost ' || f.firm_departures_12mo || ' of ' || f.current_reps
                         || ' reps in 12 months (turnover ' || round(f.firm_turnover_pct, 1) || '%, 100% or more)']
               WHEN f.v4_percentile IS NULL THEN ['not_scored', 'not scored by the champion in scoring run ' || {score_run}]
               WHEN f.v4_percentile <= {deprioritize_at_or_below}
                   THEN ['deprioritized', 'V4 percentile ' || f.v4_percentile || ' is in the bottom ' || {deprioritize_at_or_below}]
               WHEN f.sf_blocked IS NOT NULL THEN ['salesforce', f.sf_blocked]
               WHEN f.final_tier = {standard_tier}
                   THEN ['no_tier', 'no V3 tier (STANDARD) and V4 percentile ' || f.v4_percentile || {backfill_clause}]
               WHEN {disagreement_before} AND f.v3_tier IN ({disagreement_tiers}) AND f.v4_percentile < {disagreement_below}
                   THEN ['disagreement', f.v3_tier || ' but V4 percentile ' || f.v4_percentile || ' is below ' || {disagreement_below}
                         || ' (V3/V4 disagreement)']
           END AS dropped
    FROM finals f JOIN list_tiers ft ON ft.name = f.final_tier)
SELECT * EXCLUDE (dropped, contact_bio, rep_licenses), dropped[1] AS drop_step, dropped[2] AS drop_reason FROM judged;
