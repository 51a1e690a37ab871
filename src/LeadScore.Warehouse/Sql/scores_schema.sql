-- The monthly scoring run's tables. A run id names a month's scoring; every attempt at it is a row of scores.runs
-- (attempt 1, 2, ...). At most one attempt per run id has status 'succeeded': the published one, whose rows are in
-- scores.prospect_scores. A later success marks the earlier one 'replaced'; a failed attempt changes nothing else.
CREATE SCHEMA IF NOT EXISTS scores;

CREATE TABLE IF NOT EXISTS scores.runs (
    run_id          VARCHAR   NOT NULL,
    attempt         INTEGER   NOT NULL,
    as_of           DATE      NOT NULL,
    status          VARCHAR   NOT NULL,  -- succeeded | failed | replaced
    reason          VARCHAR,             -- why the attempt failed; NULL otherwise
    models          VARCHAR   NOT NULL,  -- JSON: [{version, role, source, sha256, trees, calibrated, profile}]
    snapshot_hash   VARCHAR   NOT NULL,  -- content hash of the feature rows the models scored
    snapshot_table  VARCHAR   NOT NULL,  -- features.snapshot_<hash>: those rows, kept once per distinct content
    advisors        BIGINT    NOT NULL,
    score_rows      BIGINT    NOT NULL,  -- rows written to scores.prospect_scores (0 for a failed attempt)
    checks          VARCHAR   NOT NULL,  -- JSON: [{model, check, value, expected, outcome}]
    timings         VARCHAR   NOT NULL,  -- JSON: {stage: seconds}
    started_at      TIMESTAMP NOT NULL,
    finished_at     TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS scores.prospect_scores (
    run_id                 VARCHAR NOT NULL,
    advisor_crd            BIGINT  NOT NULL,
    model_version          VARCHAR NOT NULL,
    role                   VARCHAR NOT NULL,  -- champion | shadow
    margin                 FLOAT8  NOT NULL,  -- log-odds
    probability            FLOAT8  NOT NULL,  -- sigmoid(margin)
    calibrated_probability FLOAT8,            -- NULL when the model has no calibrator
    percentile             INTEGER NOT NULL,  -- 1..100 on the margin (LeadScore.Metrics.Percentile)
    deprioritize           BOOLEAN NOT NULL,  -- percentile <= 20
    reason1_feature        VARCHAR,
    reason1_value          VARCHAR,
    reason1_contribution   FLOAT8,            -- exact TreeSHAP, log-odds, signed
    reason2_feature        VARCHAR,
    reason2_value          VARCHAR,
    reason2_contribution   FLOAT8,
    reason3_feature        VARCHAR,
    reason3_value          VARCHAR,
    reason3_contribution   FLOAT8,
    narrative              VARCHAR NOT NULL
);
