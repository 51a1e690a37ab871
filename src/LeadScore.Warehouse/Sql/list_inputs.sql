-- The monthly lead list's advisors with everything that does not depend on a model's scores (domain spec §5.2 B–F,
-- §3.2–3.3): the exclusions, the tier inputs as of {as_of}, the Salesforce state and the V3 tier, in list_inputs.
-- Sql/list_pool.sql then adds the scores and the first reason to drop each advisor.
-- The {placeholders} are filled by LeadScore.Warehouse.Lists.LeadPool from the rules, the list policy and the source:
-- the month's list reads every producing advisor of raw.ria_contacts_current with today's firm ({contacts},
-- {advisor_filter}, {firm_roster}); the replay of past months (PoolReplay) reads its leads' advisors with the firm they
-- held on the date, and the firm rosters of that date.
-- One script for every engine: where they differ, an @macro renders the warehouse dialect's SQL (Dialects/SqlTemplate).

-- The exclusions of the rules, evaluated once per distinct firm (name, CRD) and title rather than per advisor.
@temp_table(list_firm_names) AS
SELECT primary_firm_name, primary_firm, {firm_exclusion} AS firm_excluded
FROM (SELECT DISTINCT primary_firm_name, primary_firm FROM {contacts} WHERE {advisor_filter}) AS firms;

@temp_table(list_titles) AS
SELECT title_name, {title_exclusion} AS title_excluded, coalesce({hv_wealth_title}, false) AS is_hv_wealth_title
FROM (SELECT DISTINCT title_name FROM {contacts} WHERE {advisor_filter}) AS titles;

-- Contacts, with the exclusions found above and those on the advisor's own columns, and the credentials read from
-- the biography, title and licences (spec §3.2: case-sensitive).
@temp_table(list_contacts) AS
SELECT c.ria_contact_crd_id AS advisor_crd, c.contact_first_name AS first_name, c.contact_last_name AS last_name, c.email,
       coalesce(c.mobile_phone_number, c.office_phone_number) AS phone, c.linkedin_profile_url AS linkedin_url,
       c.title_name AS job_title, c.primary_firm AS firm_crd, c.primary_firm_name AS firm_name,
       c.primary_firm_start_date AS firm_start_date, c.primary_firm_employee_count AS firm_employee_count,
       f.firm_excluded, t.title_excluded, a.age_excluded, a.disclosure_excluded, t.is_hv_wealth_title,
       coalesce(@contains(c.contact_bio, 'CFP'), false) OR coalesce(@contains(c.title_name, 'CFP'), false) AS has_cfp,
       coalesce(@contains(c.contact_bio, 'CFA'), false) OR coalesce(@contains(c.title_name, 'CFA'), false) AS has_cfa,
       {has_series_65} AND NOT {has_series_7} AS has_series_65_only,
       {has_series_7} AS has_series_7
FROM {contacts} c
JOIN list_firm_names f ON f.primary_firm_name IS NOT DISTINCT FROM c.primary_firm_name AND f.primary_firm IS NOT DISTINCT FROM c.primary_firm
JOIN list_titles t ON t.title_name IS NOT DISTINCT FROM c.title_name
JOIN (SELECT ria_contact_crd_id, {age_exclusion} AS age_excluded, {disclosure_exclusion} AS disclosure_excluded
      FROM {contacts}) a ON a.ria_contact_crd_id = c.ria_contact_crd_id
WHERE {advisor_filter};

-- Career: first registration, distinct firms, firms joined in the last three years (spells started by the date).
@temp_table(list_history) AS
SELECT ria_contact_crd_id AS advisor_crd, min(previous_registration_company_start_date) AS first_start,
       count(DISTINCT previous_registration_company_crd_id) AS firms,
       count(DISTINCT CASE WHEN previous_registration_company_start_date >= {three_years_before}
                           THEN previous_registration_company_crd_id END) AS moves_3yr
FROM raw.contact_registered_employment_history
WHERE previous_registration_company_start_date <= {as_of}
GROUP BY 1;

-- Firms: reps (every advisor on the roster, producing or not), departures and arrivals in the 12 months before the
-- date. The roster says who is at which firm since when: today's contacts for the month's list, the spells covering
-- the date for a replay. "measured" says whether the firm's net change and turnover count (the original measured
-- only firms of 20+ reps). {twelve_months_before} and {three_years_before} are the date moved back with the month's end
-- kept in range (spec §1.8: 2024-02-29 less 12 months is 2023-02-28).
@temp_table(list_firms) AS
WITH roster AS ({firm_roster}),
reps AS (
    SELECT firm_crd, count(DISTINCT advisor_crd) AS current_reps
    FROM roster WHERE firm_crd IS NOT NULL GROUP BY 1),
departures AS (
    SELECT previous_registration_company_crd_id AS firm_crd, count(DISTINCT ria_contact_crd_id) AS departures
    FROM raw.contact_registered_employment_history
    WHERE previous_registration_company_end_date >= {twelve_months_before}
      AND previous_registration_company_end_date <= {as_of}
      AND coalesce(end_date_known_at, previous_registration_company_end_date) <= {as_of}
    GROUP BY 1),
arrivals AS (
    SELECT firm_crd, count(DISTINCT advisor_crd) AS arrivals
    FROM roster
    WHERE start_date >= {twelve_months_before} AND start_date <= {as_of}
    GROUP BY 1)
SELECT r.firm_crd, r.current_reps, coalesce(a.arrivals, 0) AS arrivals, coalesce(d.departures, 0) AS departures,
       r.current_reps >= 20 OR {small_firms_measured} AS measured
FROM reps r LEFT JOIN departures d USING (firm_crd) LEFT JOIN arrivals a USING (firm_crd);

-- Salesforce: each advisor's non-deleted leads known on the date, whether any of them forbids calling again (status
-- and do-not-call are Salesforce's current values, which a list must respect whatever its date), and the lead to reuse.
@temp_table(list_salesforce) AS
WITH leads AS (
    SELECT id, @digits_to_bigint(nullif(@regex_replace_all(fa_crd__c, '[^0-9]', ''), '')) AS advisor_crd, status,
           coalesce(do_not_call, false) AS do_not_call, created_date
    FROM raw.leads WHERE NOT coalesce(is_deleted, false) AND {salesforce_known}),
-- A task counts from its latest date (NULLs as 1900-01-01, as the original); tasks after the date are not yet known.
touches AS (
    SELECT who_id, max(touched) AS last_touch
    FROM (SELECT who_id, greatest(coalesce(activity_date, DATE '1900-01-01'),
                                  coalesce(CAST(completed_date_time AS DATE), DATE '1900-01-01'),
                                  coalesce(CAST(created_date AS DATE), DATE '1900-01-01')) AS touched
          FROM raw.tasks
          WHERE NOT coalesce(is_deleted, false)
            AND (type IN ('Outgoing SMS', 'Incoming SMS') OR upper(subject) LIKE '%SMS%' OR upper(subject) LIKE '%TEXT%'
                 OR upper(subject) LIKE '%CALL%' OR task_subtype = 'Call' OR type = 'Call' OR call_type IS NOT NULL)) AS calls
    WHERE touched <= {as_of}
    GROUP BY 1),
judged AS (
    SELECT l.*, t.last_touch,
           CASE WHEN l.do_not_call THEN 'Salesforce lead ' || l.id || ' is marked do-not-call'
                WHEN l.status IN ({closed_statuses}) THEN 'Salesforce lead ' || l.id || ' has status ' || l.status
                WHEN t.last_touch > DATE '1900-01-01' AND @days_between(t.last_touch, {as_of}) <= {recyclable_days}
                    THEN 'Salesforce lead ' || l.id || ' was called or texted on ' || @date_text(t.last_touch) || ', '
                         || @text(@days_between(t.last_touch, {as_of})) || ' days before ' || @date_text({as_of})
                         || ' (recyclable after ' || @text({recyclable_days}) || ')'
           END AS blocked
    FROM leads l LEFT JOIN touches t ON t.who_id = l.id
    WHERE l.advisor_crd IS NOT NULL),
-- The newest lead, and the newest that blocks (ids in byte order, whatever the database's collation).
ranked AS (
    SELECT advisor_crd, id, blocked,
           row_number() OVER (PARTITION BY advisor_crd ORDER BY created_date DESC NULLS LAST, @bytewise(id)) AS newest,
           row_number() OVER (PARTITION BY advisor_crd
                              ORDER BY CASE WHEN blocked IS NULL THEN 1 ELSE 0 END, created_date DESC NULLS LAST, @bytewise(id)) AS newest_blocking
    FROM judged)
SELECT advisor_crd, count(*) AS sf_leads,
       max(CASE WHEN newest_blocking = 1 THEN blocked END) AS sf_blocked,
       max(CASE WHEN newest = 1 THEN id END) AS sf_lead_id
FROM ranked GROUP BY 1;

-- Every advisor with the tier inputs (spec §3.2) and the V3 tier (§3.3).
@temp_table(list_inputs) AS
WITH inputs AS (
    SELECT c.*,
           CAST(@months_between(c.firm_start_date, {as_of}) AS INTEGER) AS tenure_months,
           CAST(@years_between(c.firm_start_date, {as_of}) AS INTEGER) AS tenure_years,
           CAST(@years_between(h.first_start, {as_of}) AS INTEGER) AS experience_years,
           CAST(coalesce(h.firms, 1) AS INTEGER) AS total_firms,
           CAST(coalesce(h.firms, 1) - 1 AS INTEGER) AS num_prior_firms,
           CAST(coalesce(h.moves_3yr, 0) AS INTEGER) AS moves_3yr,
           CAST(coalesce(CASE WHEN f.current_reps >= 20 THEN f.current_reps END, c.firm_employee_count, 1) AS INTEGER) AS firm_rep_count,
           CAST(CASE WHEN f.measured THEN f.arrivals ELSE 0 END AS INTEGER) AS firm_arrivals_12mo,
           CAST(CASE WHEN f.measured THEN f.departures ELSE 0 END AS INTEGER) AS firm_departures_12mo,
           CAST(CASE WHEN f.measured THEN f.arrivals - f.departures ELSE 0 END AS INTEGER) AS firm_net_change_12mo,
           CASE WHEN f.measured AND f.current_reps > 0 THEN @double(f.departures) * 100 / f.current_reps ELSE 0 END AS firm_turnover_pct,
           f.current_reps,
           c.firm_excluded IS NOT NULL AS is_wirehouse,
           coalesce(trim(c.linkedin_url) <> '', false) AS has_linkedin,
           coalesce({partner_founder}, false) AS is_partner_founder,
           sf.sf_leads, sf.sf_blocked, sf.sf_lead_id
    FROM list_contacts c
    LEFT JOIN list_history h USING (advisor_crd)
    LEFT JOIN list_firms f ON f.firm_crd = c.firm_crd
    LEFT JOIN list_salesforce sf USING (advisor_crd))
SELECT *, {tier_case} AS v3_tier FROM inputs;
