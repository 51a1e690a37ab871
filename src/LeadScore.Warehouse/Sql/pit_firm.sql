-- The firm each anchor held on its as_of date (domain spec §2.2), point in time: a spell is visible only from its
-- start date, its end date only from end_date_known_at (late back-fill). Anchors (feature_anchors: anchor_id,
-- advisor_crd, as_of) in, pit_spells and pit_firm out. One definition for the features (Sql/features.sql runs after
-- it) and the list replay (LeadScore.Warehouse.Lists.PoolReplay: the firm each historical lead held on its list's date).
-- A template for every dialect: each double-braced macro is written by the warehouse's SqlDialect (Dialects/SqlTemplate.cs).

@temp_table(pit_spells) AS
SELECT a.anchor_id, a.as_of, h.ria_contact_crd_id AS advisor_crd,
       h.previous_registration_company_crd_id AS firm_crd,
       h.previous_registration_company_name AS firm_name,
       h.previous_registration_company_start_date AS start_date,
       CASE WHEN h.end_date_known_at IS NOT NULL AND h.end_date_known_at <= a.as_of
            THEN h.previous_registration_company_end_date END AS end_date
FROM feature_anchors a
JOIN raw.contact_registered_employment_history h
  ON h.ria_contact_crd_id = a.advisor_crd AND h.previous_registration_company_start_date <= a.as_of;

-- The firm at as_of: the covering spell with the latest start (ties: lowest firm CRD, then name), else the
-- snapshot's latest registration when it had started by then (§2.2).
@temp_table(pit_firm) AS
WITH covering AS (
    SELECT anchor_id, firm_crd, firm_name, start_date
    FROM (SELECT anchor_id, firm_crd, firm_name, start_date,
                 row_number() OVER (PARTITION BY anchor_id ORDER BY start_date DESC, firm_crd, firm_name) AS latest
          FROM pit_spells
          WHERE end_date IS NULL OR end_date >= as_of) ranked
    WHERE latest = 1
)
SELECT a.anchor_id, a.advisor_crd, a.as_of,
       COALESCE(c.firm_crd, CASE WHEN s.latest_registered_employment_start_date <= a.as_of THEN s.latest_registered_employment_company_crd_id END) AS firm_crd,
       COALESCE(c.firm_name, CASE WHEN s.latest_registered_employment_start_date <= a.as_of THEN s.latest_registered_employment_company END) AS firm_name,
       COALESCE(c.start_date, CASE WHEN s.latest_registered_employment_start_date <= a.as_of THEN s.latest_registered_employment_start_date END) AS firm_start
FROM feature_anchors a
LEFT JOIN covering c USING (anchor_id)
LEFT JOIN raw.ria_contacts_current s ON s.ria_contact_crd_id = a.advisor_crd;
