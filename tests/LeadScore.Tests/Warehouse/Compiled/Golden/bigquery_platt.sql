-- leadscore compile-sql: hand-built 3-tree model (hand-built), 3 trees of depth <= 2, for bigquery
-- Returns lead_id, margin, probability, calibrated_probability per row of my-project.leads.prospect_features: exactly the engine's decisions
-- (float32 thresholds, missing values by each split's default direction; margins summed in FLOAT64, off the engine's float32 sum by its rounding, about 1e-6).
-- A split `x < m` (or `x <= m`) compares with m, the double halfway below the float32 threshold: exactly the rows whose value rounds below it in float32.
--   f0 = channel, categorical: web=0, referral=1, event=2, NULL: missing
--   f1 = tenure_years, NULL: missing
--   f2 = aum_musd (column aum), NULL: fill 0.1
--   f3 = advisors, NULL: reject
WITH leadscore_features AS (
  SELECT `lead_id` AS leadscore_id,
    CASE WHEN `channel` IS NULL THEN CAST(NULL AS FLOAT64) ELSE CASE CAST(`channel` AS STRING) WHEN 'web' THEN 0e0 WHEN 'referral' THEN 1e0 WHEN 'event' THEN 2e0 ELSE CAST(ERROR(CONCAT('leadscore: feature channel (column channel) holds a label the model was not trained with, at the row with id ', IFNULL(CAST(`lead_id` AS STRING), 'NULL'))) AS FLOAT64) END END AS f0,
    CASE WHEN SAFE_CAST(`tenure_years` AS FLOAT64) IS NULL AND `tenure_years` IS NOT NULL THEN CAST(ERROR(CONCAT('leadscore: feature tenure_years (column tenure_years) holds text that is not a number, at the row with id ', IFNULL(CAST(`lead_id` AS STRING), 'NULL'))) AS FLOAT64) WHEN IS_NAN(SAFE_CAST(`tenure_years` AS FLOAT64)) THEN NULL ELSE SAFE_CAST(`tenure_years` AS FLOAT64) END AS f1,
    coalesce(CASE WHEN SAFE_CAST(`aum` AS FLOAT64) IS NULL AND `aum` IS NOT NULL THEN CAST(ERROR(CONCAT('leadscore: feature aum_musd (column aum) holds text that is not a number, at the row with id ', IFNULL(CAST(`lead_id` AS STRING), 'NULL'))) AS FLOAT64) WHEN IS_NAN(SAFE_CAST(`aum` AS FLOAT64)) THEN NULL ELSE SAFE_CAST(`aum` AS FLOAT64) END, 0.10000000149011612e0) AS f2,
    CASE WHEN SAFE_CAST(`advisors` AS FLOAT64) IS NULL AND `advisors` IS NOT NULL THEN CAST(ERROR(CONCAT('leadscore: feature advisors (column advisors) holds text that is not a number, at the row with id ', IFNULL(CAST(`lead_id` AS STRING), 'NULL'))) AS FLOAT64) WHEN `advisors` IS NULL OR IS_NAN(SAFE_CAST(`advisors` AS FLOAT64)) THEN CAST(ERROR(CONCAT('leadscore: feature advisors (column advisors) is NULL, which its null policy refuses, at the row with id ', IFNULL(CAST(`lead_id` AS STRING), 'NULL'))) AS FLOAT64) ELSE SAFE_CAST(`advisors` AS FLOAT64) END AS f3
  FROM `my-project.leads.prospect_features`
),
leadscore_stage_1 AS (
  SELECT leadscore_id, f0, f1, f2, f3,
    -0.4000000059604645e0
    + CASE WHEN f0 IS NULL OR f0 < 0.4999999850988388e0 THEN CASE WHEN f1 < 2.4999998807907104e0 THEN 0.4000000059604645e0 ELSE 0.10000000149011612e0 END ELSE -0.25e0 END -- tree 0
    + CASE WHEN f2 <= 0.09999999776482582e0 THEN -0.15000000596046448e0 ELSE CASE WHEN f0 < 1.4999999403953552e0 THEN 0.20000000298023224e0 ELSE 0.3499999940395355e0 END END -- tree 1
    + CASE WHEN f3 < 2.9999998807907104e0 THEN CASE WHEN f1 IS NULL OR f1 < 0.29999999701976776e0 THEN -0.30000001192092896e0 ELSE 0.11999999731779099e0 END ELSE 0.05000000074505806e0 END -- tree 2
    AS margin
  FROM leadscore_features
),
leadscore_scores AS (
  SELECT leadscore_id, CAST(margin AS FLOAT64) AS margin, CAST(1e0 / (1e0 + EXP(-greatest(CAST(margin AS FLOAT64), -88.69999694824219e0))) AS FLOAT64) AS probability
  FROM leadscore_stage_1
)
SELECT leadscore_id AS `lead_id`, margin, probability,
       CASE WHEN (0.9e0 * margin + -0.3e0) >= 0e0 THEN 1e0 / (1e0 + EXP(-(0.9e0 * margin + -0.3e0))) ELSE EXP((0.9e0 * margin + -0.3e0)) / (1e0 + EXP((0.9e0 * margin + -0.3e0))) END AS calibrated_probability
FROM leadscore_scores;
