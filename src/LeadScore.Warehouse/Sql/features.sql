-- The V4.1 feature set, point in time: every value as of the anchor's as_of date, from what was known then.
-- Anchors (feature_anchors: anchor_id, advisor_crd, as_of) are leads at their contact date for training, and
-- producing advisors at the run date for scoring: one definition for both. Domain spec §2.2-2.5, with the
-- corrections leadscore makes on purpose (README "Point-in-time features"):
--   * a spell is visible only from its start date; its end date only from end_date_known_at (late back-fill);
--   * days_since_last_move and is_recent_mover come from the firm held at as_of, never from today's snapshot;
--   * has_email / has_linkedin read FINTRX for training and scoring alike;
--   * experience is the span of the career before the current firm, not a sum of overlapping spells.
-- The firm at as_of (pit_spells, pit_firm) comes from Sql/pit_firm.sql, run just before this script (FeatureTables.Definition).
-- A template for every dialect, as pit_firm.sql is: each double-braced macro is written by the warehouse's SqlDialect.

-- Moves: a spell starting at a new firm is the (inferred) departure from the advisor's previous firm, known on
-- the day it starts (FINTRX sees a new registration 60-90 days before it back-fills the old end date, §1.3).
@temp_table(pit_moves) AS
SELECT ria_contact_crd_id AS advisor_crd,
       previous_registration_company_start_date AS moved_on,
       lag(previous_registration_company_crd_id) OVER (PARTITION BY ria_contact_crd_id
           ORDER BY previous_registration_company_start_date, previous_registration_company_crd_id) AS departed_firm_crd,
       previous_registration_company_crd_id AS new_firm_crd
FROM raw.contact_registered_employment_history;

-- Firm-level counts at each distinct (firm, as_of) the anchors need.
@temp_table(pit_firm_stats) AS
WITH needed AS (SELECT DISTINCT firm_crd, as_of FROM pit_firm WHERE firm_crd IS NOT NULL),
spells AS (
    SELECT n.firm_crd, n.as_of, h.ria_contact_crd_id AS advisor_crd, h.previous_registration_company_start_date AS start_date,
           CASE WHEN h.end_date_known_at IS NOT NULL AND h.end_date_known_at <= n.as_of
                THEN h.previous_registration_company_end_date END AS end_date
    FROM needed n
    JOIN raw.contact_registered_employment_history h
      ON h.previous_registration_company_crd_id = n.firm_crd AND h.previous_registration_company_start_date <= n.as_of
     -- A spell known to have ended more than 12 months before the date counts for none of the three figures.
     AND (h.previous_registration_company_end_date IS NULL OR h.end_date_known_at IS NULL OR h.end_date_known_at > n.as_of
          OR h.previous_registration_company_end_date >= @date_sub(n.as_of, 12, month))
),
departures AS (
    SELECT n.firm_crd, n.as_of,
           @count_distinct_if(m.advisor_crd, m.moved_on >= @date_sub(n.as_of, 365, day)) AS d365,
           @count_distinct_if(m.advisor_crd, m.moved_on >= @date_sub(n.as_of, 90, day)) AS d90,
           @count_distinct_if(m.advisor_crd, m.moved_on >= @date_sub(n.as_of, 180, day) AND m.moved_on < @date_sub(n.as_of, 90, day)) AS d90_180
    FROM needed n
    JOIN pit_moves m ON m.departed_firm_crd = n.firm_crd AND m.new_firm_crd <> n.firm_crd
                    AND m.moved_on < n.as_of AND m.moved_on >= @date_sub(n.as_of, 365, day)
    GROUP BY n.firm_crd, n.as_of
)
SELECT n.firm_crd, n.as_of,
       @count_distinct_if(s.advisor_crd, s.end_date IS NULL OR s.end_date >= n.as_of) AS rep_count,
       @count_distinct_if(s.advisor_crd, s.start_date >= @date_sub(n.as_of, 12, month) AND s.start_date < n.as_of) AS arrivals_12mo,
       @count_distinct_if(s.advisor_crd, s.end_date >= @date_sub(n.as_of, 12, month) AND s.end_date < n.as_of) AS departures_12mo,
       COALESCE(max(d.d365), 0) AS departures_corrected,
       COALESCE(max(d.d90), 0) AS departures_90d,
       COALESCE(max(d.d90_180), 0) AS departures_90_180d
FROM needed n
LEFT JOIN spells s USING (firm_crd, as_of)
LEFT JOIN departures d USING (firm_crd, as_of)
GROUP BY n.firm_crd, n.as_of;

@temp_table(pit_career) AS
SELECT p.anchor_id,
       @count_distinct_if(s.firm_crd, s.start_date > @date_sub(p.as_of, 3, year)) AS mobility_3yr,
       min(s.start_date) AS first_start,
       count(s.firm_crd) AS spells
FROM pit_firm p
LEFT JOIN pit_spells s USING (anchor_id)
GROUP BY p.anchor_id;

@temp_table(pit_base) AS
SELECT p.anchor_id, p.advisor_crd, p.as_of, p.firm_crd, p.firm_name, p.firm_start,
       CASE WHEN p.firm_start IS NOT NULL THEN @months_between(p.firm_start, p.as_of) END AS raw_tenure_months,
       CASE WHEN p.firm_start IS NOT NULL THEN @days_between(p.firm_start, p.as_of) END AS tenure_days,
       COALESCE(c.mobility_3yr, 0) AS mobility_3yr,
       CASE WHEN c.first_start IS NOT NULL
            THEN greatest(@months_between(c.first_start, COALESCE(p.firm_start, p.as_of)), 0) END AS experience_months,
       COALESCE(c.spells, 0) > 0 AS has_history,
       f.rep_count, f.arrivals_12mo, f.departures_12mo, f.departures_corrected, f.departures_90d, f.departures_90_180d,
       s.email, s.linkedin_profile_url, s.rep_type, fm.firm_classification,
       bp.firm_crd_id IS NOT NULL AS broker_protocol
FROM pit_firm p
LEFT JOIN pit_career c USING (anchor_id)
LEFT JOIN pit_firm_stats f ON f.firm_crd = p.firm_crd AND f.as_of = p.as_of
LEFT JOIN raw.ria_contacts_current s ON s.ria_contact_crd_id = p.advisor_crd
LEFT JOIN raw.firms fm ON fm.firm_crd = p.firm_crd
LEFT JOIN raw.broker_protocol_members bp ON bp.firm_crd_id = p.firm_crd;

@temp_table(pit_features) AS
WITH b AS (
    SELECT *,
           CASE WHEN firm_crd IS NULL THEN NULL ELSE COALESCE(arrivals_12mo, 0) - COALESCE(departures_12mo, 0) END AS net_change,
           CASE WHEN raw_tenure_months IS NULL THEN 'Unknown' WHEN raw_tenure_months < 12 THEN '0-12'
                WHEN raw_tenure_months < 24 THEN '12-24' WHEN raw_tenure_months < 48 THEN '24-48'
                WHEN raw_tenure_months < 120 THEN '48-120' ELSE '120+' END AS tenure_bucket,
           CASE WHEN mobility_3yr = 0 THEN 'Stable' WHEN mobility_3yr = 1 THEN 'Low_Mobility' ELSE 'High_Mobility' END AS mobility_tier,
           upper(COALESCE(firm_name, '')) AS firm_name_upper
    FROM pit_base
)
SELECT anchor_id, advisor_crd, as_of, firm_crd, firm_name,
       CAST(COALESCE(raw_tenure_months, 0) AS INTEGER) AS tenure_months,
       tenure_bucket,
       CAST(raw_tenure_months IS NULL AS INTEGER) AS is_tenure_missing,
       CAST(mobility_3yr AS INTEGER) AS mobility_3yr,
       mobility_tier,
       CAST(CASE WHEN firm_crd IS NOT NULL THEN COALESCE(rep_count, 0) END AS INTEGER) AS firm_rep_count_at_contact,
       CAST(COALESCE(net_change, 0) AS INTEGER) AS firm_net_change_12mo,
       CAST(COALESCE(arrivals_12mo, 0) AS INTEGER) AS firm_arrivals_12mo,
       CAST(COALESCE(departures_12mo, 0) AS INTEGER) AS firm_departures_12mo,
       CASE WHEN firm_crd IS NULL THEN 'Unknown' WHEN net_change < -10 THEN 'Heavy_Bleeding' WHEN net_change < 0 THEN 'Light_Bleeding'
            WHEN net_change = 0 THEN 'Stable' ELSE 'Growing' END AS firm_stability_tier,
       -- The firm's name contains one of the ten wirehouse names (§2.3 #5): LIKE, as every dialect writes it.
       CAST(firm_name_upper LIKE '%MERRILL%' OR firm_name_upper LIKE '%MORGAN STANLEY%' OR firm_name_upper LIKE '%UBS%'
            OR firm_name_upper LIKE '%WELLS FARGO%' OR firm_name_upper LIKE '%EDWARD JONES%' OR firm_name_upper LIKE '%RAYMOND JAMES%'
            OR firm_name_upper LIKE '%AMERIPRISE%' OR firm_name_upper LIKE '%LPL%' OR firm_name_upper LIKE '%NORTHWESTERN MUTUAL%'
            OR firm_name_upper LIKE '%STIFEL%' AS INTEGER) AS is_wirehouse,
       CAST(broker_protocol AS INTEGER) AS is_broker_protocol,
       CAST(COALESCE(trim(email), '') <> '' AS INTEGER) AS has_email,
       CAST(COALESCE(trim(linkedin_profile_url), '') <> '' AS INTEGER) AS has_linkedin,
       CAST(firm_crd IS NOT NULL AS INTEGER) AS has_firm_data,
       CAST(has_history AS INTEGER) AS has_employment_history,
       CAST(mobility_3yr >= 2 AND COALESCE(net_change, 0) < -10 AS INTEGER) AS mobility_x_heavy_bleeding,
       CAST(COALESCE(raw_tenure_months, 9999) < 24 AND mobility_3yr >= 2 AS INTEGER) AS short_tenure_x_high_mobility,
       @double(COALESCE(experience_months, 0)) / 12 AS experience_years,
       CAST(COALESCE(experience_months, 0) AS INTEGER) AS industry_tenure_months,
       CASE WHEN experience_months IS NULL THEN 'Unknown' WHEN experience_months < 60 THEN '0-5' WHEN experience_months < 120 THEN '5-10'
            WHEN experience_months < 180 THEN '10-15' WHEN experience_months < 240 THEN '15-20' ELSE '20+' END AS experience_bucket,
       CAST(experience_months IS NULL AS INTEGER) AS is_experience_missing,
       CAST(tenure_days IS NOT NULL AND tenure_days <= 365 AS INTEGER) AS is_recent_mover,
       CAST(COALESCE(tenure_days, 9999) AS INTEGER) AS days_since_last_move,
       CAST(COALESCE(departures_corrected, 0) AS INTEGER) AS firm_departures_corrected,
       CASE WHEN COALESCE(departures_corrected, 0) < 3 THEN 0
            WHEN departures_90d > 1.5 * departures_90_180d THEN 3
            WHEN departures_90d < 0.5 * departures_90_180d THEN 1 ELSE 2 END AS bleeding_velocity_encoded,
       CAST(COALESCE(firm_classification, '') LIKE '%Independent RIA%' AS INTEGER) AS is_independent_ria,
       CAST(COALESCE(rep_type, '') = 'IA' AS INTEGER) AS is_ia_rep_type,
       CAST(COALESCE(rep_type, '') = 'DR' AS INTEGER) AS is_dual_registered,
       CAST((CASE WHEN raw_tenure_months IS NULL THEN 0 WHEN raw_tenure_months < 24 THEN 1 WHEN raw_tenure_months < 60 THEN 2 ELSE 3 END) * mobility_3yr AS INTEGER) AS tenure_bucket_x_mobility,
       CAST(COALESCE(firm_classification, '') LIKE '%Independent RIA%' AND COALESCE(rep_type, '') = 'IA' AS INTEGER) AS independent_ria_x_ia_rep,
       CAST(tenure_days IS NOT NULL AND tenure_days <= 365 AND COALESCE(departures_corrected, 0) >= 5 AS INTEGER) AS recent_mover_x_bleeding
FROM b;
