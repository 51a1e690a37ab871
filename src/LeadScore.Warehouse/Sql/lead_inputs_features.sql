-- The same inputs read from a V4.1 feature parquet ({0} is the quoted path). Produces the CTE "features".
WITH features AS (
    SELECT target, contacted_date AS d, has_email, has_linkedin, is_ia_rep_type AS is_ia, is_dual_registered AS is_dr,
           is_independent_ria, is_wirehouse, is_broker_protocol,
           CASE WHEN is_tenure_missing = 1 THEN NULL ELSE tenure_months END AS tenure,
           mobility_3yr AS mobility,
           CASE WHEN has_firm_data = 1 THEN firm_rep_count_at_contact END AS rep_count,
           coalesce(is_recent_mover, 0) AS recent_mover,
           days_since_last_move
    FROM read_parquet({0})
)
