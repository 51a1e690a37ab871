-- leadscore compile-sql: hand-built 3-tree model (hand-built), 3 trees of depth <= 2, for postgres
-- Returns lead_id, margin, probability, calibrated_probability per row of scoring.prospect_features: exactly the engine's decisions
-- (float32 thresholds, missing values by each split's default direction, the margin summed in float32 in tree order).
-- A split `x < m` (or `x <= m`) compares with m, the double halfway below the float32 threshold: exactly the rows whose value rounds below it in float32.
-- PostgreSQL: run `SET jit = off` first in the session; its JIT compiler spends minutes on expressions of this size.
--   f0 = channel, categorical: web=0, referral=1, event=2, NULL: missing
--   f1 = tenure_years, NULL: missing
--   f2 = aum_musd (column aum), NULL: fill 0.1
--   f3 = advisors, NULL: reject
WITH leadscore_features AS MATERIALIZED (
  SELECT "lead_id" AS leadscore_id,
    CASE WHEN "channel" IS NULL THEN CAST(NULL AS DOUBLE PRECISION) ELSE CASE CAST("channel" AS TEXT) WHEN 'web' THEN 0e0 WHEN 'referral' THEN 1e0 WHEN 'event' THEN 2e0 ELSE CAST('leadscore: feature channel (column channel) holds a label the model was not trained with, at the row with id ' || coalesce(CAST("lead_id" AS TEXT), 'NULL') AS DOUBLE PRECISION) END END AS f0,
    CASE WHEN (CAST("tenure_years" AS DOUBLE PRECISION) = CAST('NaN' AS DOUBLE PRECISION)) THEN NULL ELSE CAST("tenure_years" AS DOUBLE PRECISION) END AS f1,
    coalesce(CASE WHEN (CAST("aum" AS DOUBLE PRECISION) = CAST('NaN' AS DOUBLE PRECISION)) THEN NULL ELSE CAST("aum" AS DOUBLE PRECISION) END, 0.10000000149011612e0) AS f2,
    CASE WHEN "advisors" IS NULL OR (CAST("advisors" AS DOUBLE PRECISION) = CAST('NaN' AS DOUBLE PRECISION)) THEN CAST('leadscore: feature advisors (column advisors) is NULL, which its null policy refuses, at the row with id ' || coalesce(CAST("lead_id" AS TEXT), 'NULL') AS DOUBLE PRECISION) ELSE CAST("advisors" AS DOUBLE PRECISION) END AS f3
  FROM "scoring"."prospect_features"
),
leadscore_stage_1 AS MATERIALIZED (
  SELECT leadscore_id, f0, f1, f2, f3,
    CAST(-0.4000000059604645e0 AS REAL)
    + CAST(CASE WHEN f0 IS NULL OR f0 < 0.4999999850988388e0 THEN CASE WHEN f1 < 2.4999998807907104e0 THEN 0.4000000059604645e0 ELSE 0.10000000149011612e0 END ELSE -0.25e0 END AS REAL) -- tree 0
    + CAST(CASE WHEN f2 <= 0.09999999776482582e0 THEN -0.15000000596046448e0 ELSE CASE WHEN f0 < 1.4999999403953552e0 THEN 0.20000000298023224e0 ELSE 0.3499999940395355e0 END END AS REAL) -- tree 1
    + CAST(CASE WHEN f3 < 2.9999998807907104e0 THEN CASE WHEN f1 IS NULL OR f1 < 0.29999999701976776e0 THEN -0.30000001192092896e0 ELSE 0.11999999731779099e0 END ELSE 0.05000000074505806e0 END AS REAL) -- tree 2
    AS margin
  FROM leadscore_features
),
leadscore_scores AS MATERIALIZED (
  SELECT leadscore_id, CAST(margin AS DOUBLE PRECISION) AS margin, CAST(CAST(1e0 AS REAL) / (CAST(1e0 AS REAL) + CAST(exp(least(greatest(-greatest(CAST(margin AS DOUBLE PRECISION), -88.69999694824219e0), -708e0), 708e0)) AS REAL)) AS DOUBLE PRECISION) AS probability
  FROM leadscore_stage_1
)
SELECT leadscore_id AS "lead_id", margin, probability,
       0.9999995e0 * (CASE WHEN probability < 0.1e0 THEN least(greatest(0.05e0 + 0.7500000000000002e0 * (probability - 0.1e0), 0e0), 1e0) WHEN probability = 0.1e0 THEN 0.05e0 WHEN probability < 0.3e0 THEN 0.7500000000000002e0 * (probability - 0.1e0) + 0.05e0 WHEN probability = 0.3e0 THEN 0.2e0 WHEN probability < 0.6e0 THEN 1.6666666666666665e0 * (probability - 0.3e0) + 0.2e0 WHEN probability = 0.6e0 THEN 0.7e0 ELSE least(greatest(0.7e0 + 1.6666666666666665e0 * (probability - 0.6e0), 0e0), 1e0) END) + 5e-07 * (1e0 / (1e0 + exp(least(greatest(-(probability - 0.35e0) / 0.25e0, -708e0), 708e0)))) AS calibrated_probability
FROM leadscore_scores;
