-- The labelled leads' raw inputs, point in time as of the contact day d, following spec §1.7 and §2.2-2.3
-- (END_DATE read as the vendor shows it today, as the original did). Produces the CTE "features" for lead_inputs_profile.sql.
WITH leads AS (
    SELECT id AS lead_id,
           TRY_CAST(regexp_replace(fa_crd__c, '[^0-9]', '', 'g') AS BIGINT) AS crd,
           CAST(stage_entered_contacting__c AS DATE) AS d,
           CAST(stage_entered_call_scheduled__c AS DATE) AS mql,
           email, linkedin_profile_apollo__c AS linkedin
    FROM raw.leads
    WHERE stage_entered_contacting__c IS NOT NULL AND fa_crd__c IS NOT NULL AND NOT coalesce(is_deleted, false)
      AND CAST(stage_entered_contacting__c AS DATE) BETWEEN DATE '2024-02-01' AND DATE '2025-10-31'
      AND (company IS NULL OR upper(company) NOT LIKE '%SAVVY%')
      AND (lead_source LIKE '%Provided Lead List%' OR lead_source LIKE '%Provided Lead%' OR lead_source LIKE '%Lead List%')
), population AS (
    SELECT *, CASE WHEN mql IS NOT NULL AND date_diff('day', d, mql) <= 43 THEN 1 WHEN mql IS NULL THEN 0 END AS target
    FROM leads
    WHERE crd IN (SELECT ria_contact_crd_id FROM raw.ria_contacts_current)
), hist AS (
    SELECT p.lead_id, h.previous_registration_company_crd_id AS firm, h.previous_registration_company_name AS firm_name,
           h.previous_registration_company_start_date AS s
    FROM population p
    JOIN raw.contact_registered_employment_history h ON h.ria_contact_crd_id = p.crd
    WHERE h.previous_registration_company_start_date <= p.d
      AND (h.previous_registration_company_end_date IS NULL OR h.previous_registration_company_end_date >= p.d)
    QUALIFY row_number() OVER (PARTITION BY p.lead_id ORDER BY h.previous_registration_company_start_date DESC, firm) = 1
), firm_at AS (
    SELECT p.*,
           coalesce(h.firm, CASE WHEN c.latest_registered_employment_start_date <= p.d THEN c.latest_registered_employment_company_crd_id END) AS firm,
           coalesce(h.firm_name, CASE WHEN c.latest_registered_employment_start_date <= p.d THEN c.latest_registered_employment_company END) AS firm_name,
           coalesce(h.s, CASE WHEN c.latest_registered_employment_start_date <= p.d THEN c.latest_registered_employment_start_date END) AS firm_start,
           c.primary_firm_start_date AS pfsd, c.rep_type, c.primary_firm_classification AS classification
    FROM population p
    JOIN raw.ria_contacts_current c ON c.ria_contact_crd_id = p.crd
    LEFT JOIN hist h USING (lead_id)
), mobility AS (
    SELECT f.lead_id, count(DISTINCT h.previous_registration_company_crd_id) AS moves
    FROM firm_at f
    JOIN raw.contact_registered_employment_history h ON h.ria_contact_crd_id = f.crd
    WHERE h.previous_registration_company_start_date > f.d - INTERVAL 3 YEAR AND h.previous_registration_company_start_date <= f.d
    GROUP BY 1
), reps AS (
    SELECT k.firm, k.d, count(DISTINCT h.ria_contact_crd_id) AS reps
    FROM (SELECT DISTINCT firm, d FROM firm_at WHERE firm IS NOT NULL) k
    JOIN raw.contact_registered_employment_history h ON h.previous_registration_company_crd_id = k.firm
    WHERE h.previous_registration_company_start_date <= k.d
      AND (h.previous_registration_company_end_date IS NULL OR h.previous_registration_company_end_date >= k.d)
    GROUP BY 1, 2
), features AS (
    SELECT f.target, f.d,
           (f.email IS NOT NULL)::INT AS has_email,
           (f.linkedin IS NOT NULL)::INT AS has_linkedin,
           (f.rep_type = 'IA')::INT AS is_ia,
           (f.rep_type = 'DR')::INT AS is_dr,
           coalesce(f.classification LIKE '%Independent RIA%', false)::INT AS is_independent_ria,
           coalesce(regexp_matches(upper(f.firm_name), 'MERRILL|MORGAN STANLEY|UBS|WELLS FARGO|EDWARD JONES|RAYMOND JAMES|AMERIPRISE|LPL|NORTHWESTERN MUTUAL|STIFEL'), false)::INT AS is_wirehouse,
           (f.firm IS NOT NULL AND f.firm IN (SELECT firm_crd_id FROM raw.broker_protocol_members))::INT AS is_broker_protocol,
           date_diff('month', f.firm_start, f.d) AS tenure,
           coalesce(m.moves, 0) AS mobility,
           r.reps AS rep_count,
           (f.pfsd <= f.d AND date_diff('day', f.pfsd, f.d) <= 365)::INT AS recent_mover,
           CASE WHEN f.pfsd <= f.d THEN date_diff('day', f.pfsd, f.d) ELSE 9999 END AS days_since_last_move
    FROM firm_at f
    LEFT JOIN mobility m USING (lead_id)
    LEFT JOIN reps r ON r.firm = f.firm AND r.d = f.d
    WHERE f.target IS NOT NULL
)
