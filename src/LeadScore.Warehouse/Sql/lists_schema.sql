-- The monthly lead list's tables. A list id names a month's list (e.g. 2026-01); every attempt at it is a row of
-- lists.runs (attempt 1, 2, ...). At most one attempt per list id has status 'succeeded': the published one, whose
-- rows are in lists.leads and lists.dropped. A later success marks the earlier one 'replaced'; a failed attempt is
-- recorded with its reason and its checks and changes nothing else.
CREATE SCHEMA IF NOT EXISTS lists;

CREATE TABLE IF NOT EXISTS lists.runs (
    list_id        VARCHAR   NOT NULL,
    attempt        INTEGER   NOT NULL,
    month          VARCHAR   NOT NULL,  -- yyyy-MM
    score_run      VARCHAR   NOT NULL,  -- the scoring run (scores.runs.run_id) the list was built from
    as_of          DATE      NOT NULL,  -- the scoring run's as-of date; tier inputs are computed as of it
    champion       VARCHAR   NOT NULL,  -- the champion model version whose scores the list uses
    policy         VARCHAR   NOT NULL,  -- policy name
    policy_sha256  VARCHAR   NOT NULL,
    rules_version  VARCHAR   NOT NULL,
    rules_sha256   VARCHAR   NOT NULL,
    reps           INTEGER   NOT NULL,
    per_sga        INTEGER   NOT NULL,
    leads          BIGINT    NOT NULL,  -- rows in lists.leads (0 for a failed attempt)
    dropped        BIGINT    NOT NULL,  -- rows in lists.dropped (0 for a failed attempt)
    status         VARCHAR   NOT NULL,  -- succeeded | failed | replaced
    reason         VARCHAR,             -- why the attempt failed, or the shortfall it was allowed; NULL otherwise
    summary        VARCHAR   NOT NULL,  -- JSON: expected conversions, spread, tier and rep counts, allocation
    checks         VARCHAR   NOT NULL,  -- JSON: [{check, value, expected, passed}]
    started_at     TIMESTAMP NOT NULL,
    finished_at    TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS lists.leads (
    list_id                      VARCHAR NOT NULL,
    list_rank                    INTEGER NOT NULL,  -- 1 = best lead of the list (overall rank)
    advisor_crd                  BIGINT  NOT NULL,
    sga_id                       VARCHAR NOT NULL,
    sga_name                     VARCHAR NOT NULL,
    final_tier                   VARCHAR NOT NULL,  -- the V3 tier, or STANDARD_HIGH_V4 for score backfill
    v3_tier                      VARCHAR NOT NULL,
    priority_rank                INTEGER NOT NULL,
    expected_rate                DOUBLE  NOT NULL,  -- the final tier's expected conversion rate
    v4_score                     DOUBLE  NOT NULL,  -- the champion's calibrated probability (else its probability)
    v4_percentile                INTEGER NOT NULL,
    reason1_feature              VARCHAR,
    reason1_value                VARCHAR,
    reason2_feature              VARCHAR,
    reason2_value                VARCHAR,
    reason3_feature              VARCHAR,
    reason3_value                VARCHAR,
    v4_narrative                 VARCHAR NOT NULL,
    score_narrative              VARCHAR NOT NULL,  -- the tier's sentence (or the backfill sentence)
    salesforce_lead_id           VARCHAR,           -- set when the advisor is already in Salesforce (a recyclable lead)
    prospect_type                VARCHAR NOT NULL,  -- NEW_PROSPECT | IN_SALESFORCE
    first_name                   VARCHAR,
    last_name                    VARCHAR,
    job_title                    VARCHAR,
    email                        VARCHAR,
    phone                        VARCHAR,
    linkedin_url                 VARCHAR,
    has_linkedin                 BOOLEAN NOT NULL,
    firm_name                    VARCHAR,
    firm_crd                     BIGINT,
    firm_rep_count               INTEGER,
    firm_net_change_12mo         INTEGER,
    tenure_months                INTEGER,
    industry_tenure_years        INTEGER,
    num_prior_firms              INTEGER,
    is_partner_founder           BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS lists.dropped (
    list_id      VARCHAR NOT NULL,
    advisor_crd  BIGINT  NOT NULL,
    step         VARCHAR NOT NULL,  -- the step of the build that dropped the advisor (first reason only)
    reason       VARCHAR NOT NULL
);
