-- What the synthetic generator knows and the raw tables do not (LeadScore.Warehouse.Synthetic). Idempotent.

CREATE SCHEMA IF NOT EXISTS synth;

-- One row per generation, kept across regenerations.
CREATE TABLE IF NOT EXISTS synth.runs (
    run_id                  INTEGER,
    seed                    BIGINT,
    advisors                INTEGER,
    created_at              TIMESTAMP,
    snapshot_date           DATE,
    generator_version       VARCHAR,
    oracle_intercept        DOUBLE,
    oracle_mean_probability DOUBLE,   -- over the labelled population
    conversion_rate         DOUBLE,   -- share of labelled leads with a call scheduled (any delay)
    generate_seconds        DOUBLE,
    write_seconds           DOUBLE,
    total_seconds           DOUBLE
);

-- The row count of every raw table as the last run left it: raw content that still matches is synthetic.
CREATE TABLE IF NOT EXISTS synth.run_tables (
    table_name VARCHAR PRIMARY KEY,
    row_count  BIGINT
);

-- Ground truth per contacted lead with an advisor: the probability the outcome was drawn from and the true
-- point-in-time state on the contact day it was computed from (true end dates, nothing learned later).
CREATE TABLE IF NOT EXISTS synth.oracle (
    lead_id                         VARCHAR PRIMARY KEY,
    advisor_crd                     BIGINT,
    contacted_date                  DATE,
    labelled_population             BOOLEAN,  -- list source, contacted in the window, not staff, not deleted
    probability                     DOUBLE,
    converted                       BOOLEAN,  -- a call was scheduled (at any delay)
    logit                           DOUBLE,
    tenure_months_at_contact        INTEGER,  -- NULL: no registration covered the contact day
    moves_3yr_at_contact            INTEGER,
    firm_crd_at_contact             BIGINT,
    firm_reps_at_contact            INTEGER,
    firm_net_change_12mo_at_contact INTEGER,
    has_email_at_contact            BOOLEAN,
    rep_type                        VARCHAR,
    independent_ria_at_contact      BOOLEAN,
    wirehouse_at_contact            BOOLEAN,
    experience_years_at_contact     DOUBLE,
    has_registration_history        BOOLEAN,
    years_into_campaign             DOUBLE,
    lead_source_effect              DOUBLE,
    noise                           DOUBLE,   -- the unobservable part of the logit
    moved_after_contact_on          DATE,
    recruited                       BOOLEAN,
    email_added_after_contact       BOOLEAN
);

-- Ground truth per active producing advisor: the oracle's probability that the advisor, contacted on as_of as a
-- "Provided Lead List" lead, schedules a call (the lead oracle's function of the true state that day, with its own
-- draw of the unobservable noise). The true expected conversions of any lead list are the sum over its advisors.
CREATE TABLE IF NOT EXISTS synth.advisor_truth (
    advisor_crd BIGINT PRIMARY KEY,
    as_of       DATE,
    probability DOUBLE,
    logit       DOUBLE
);
