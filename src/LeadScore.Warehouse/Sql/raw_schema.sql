-- The raw tables of a leadscore warehouse, modelled on the original sources (domain spec §1.2-1.5).
-- Column names are the sources' own, lower-cased. Every statement is idempotent.

CREATE SCHEMA IF NOT EXISTS raw;

-- FINTRX ria_contacts_current: one row per advisor, current state only (no history).
CREATE TABLE IF NOT EXISTS raw.ria_contacts_current (
    ria_contact_crd_id                          BIGINT PRIMARY KEY,
    contact_first_name                          VARCHAR,
    contact_last_name                           VARCHAR,
    email                                       VARCHAR,
    mobile_phone_number                         VARCHAR,
    office_phone_number                         VARCHAR,
    linkedin_profile_url                        VARCHAR,
    title_name                                  VARCHAR,
    contact_bio                                 VARCHAR,
    rep_licenses                                VARCHAR,   -- JSON array text, e.g. ["Series 7","Series 65"]
    rep_type                                    VARCHAR,   -- IA, DR, BD or NA
    primary_firm_classification                 VARCHAR,
    producing_advisor                           BOOLEAN,
    active                                      BOOLEAN,
    primary_firm                                BIGINT,
    primary_firm_name                           VARCHAR,
    primary_firm_start_date                     DATE,
    primary_firm_employee_count                 INTEGER,
    latest_registered_employment_company_crd_id BIGINT,
    latest_registered_employment_company        VARCHAR,
    latest_registered_employment_start_date     DATE,
    industry_tenure_months                      INTEGER,
    age_range                                   VARCHAR,
    -- Disclosures on the advisor's record (spec §5.5): the later lists drop the first seven, never the last two.
    contact_has_disclosed_criminal              BOOLEAN,
    contact_has_disclosed_regulatory_event      BOOLEAN,
    contact_has_disclosed_termination           BOOLEAN,
    contact_has_disclosed_investigation         BOOLEAN,
    contact_has_disclosed_customer_dispute      BOOLEAN,
    contact_has_disclosed_civil_event           BOOLEAN,
    contact_has_disclosed_bond                  BOOLEAN,
    contact_has_disclosed_bankrupt              BOOLEAN,
    contact_has_disclosed_judgment_or_lien      BOOLEAN
);

-- FINTRX contact_registered_employment_history: one row per registration spell of an advisor at a firm.
-- The vendor fills END_DATE in late, once the advisor registers elsewhere: end_date_known_at is the day the end
-- date arrived (NULL while the spell is open). Point-in-time features trust an end date only when it was known
-- by their as-of date.
CREATE TABLE IF NOT EXISTS raw.contact_registered_employment_history (
    ria_contact_crd_id                       BIGINT NOT NULL,
    previous_registration_company_crd_id     BIGINT NOT NULL,
    previous_registration_company_name       VARCHAR,
    previous_registration_company_start_date DATE NOT NULL,
    previous_registration_company_end_date   DATE,
    end_date_known_at                        DATE,
    PRIMARY KEY (ria_contact_crd_id, previous_registration_company_crd_id, previous_registration_company_start_date)
);

-- FINTRX ria_firms_current (the parts leadscore uses).
CREATE TABLE IF NOT EXISTS raw.firms (
    firm_crd             BIGINT PRIMARY KEY,
    firm_name            VARCHAR,
    firm_classification  VARCHAR,
    employee_count       INTEGER
);

-- The static Broker Protocol member list.
CREATE TABLE IF NOT EXISTS raw.broker_protocol_members (
    firm_crd_id BIGINT PRIMARY KEY
);

-- Salesforce Lead.
CREATE TABLE IF NOT EXISTS raw.leads (
    id                              VARCHAR PRIMARY KEY,
    fa_crd__c                       VARCHAR,   -- advisor CRD as typed: strip non-digits, then cast
    stage_entered_contacting__c     TIMESTAMP,
    stage_entered_call_scheduled__c TIMESTAMP,
    created_date                    TIMESTAMP,
    lead_source                     VARCHAR,
    company                         VARCHAR,
    email                           VARCHAR,
    linkedin_profile_apollo__c      VARCHAR,
    is_deleted                      BOOLEAN,
    owner_id                        VARCHAR,
    status                          VARCHAR,   -- Open, Contacted, Nurture, Qualified; or a closed status (spec §5.2 D)
    do_not_call                     BOOLEAN,
    disposition__c                  VARCHAR    -- why a closed lead was closed
);

-- Salesforce Task: calls, texts and emails logged against a lead (who_id). The lead list reads the last call or
-- text of each lead from them (spec §5.2 D).
CREATE TABLE IF NOT EXISTS raw.tasks (
    id                  VARCHAR PRIMARY KEY,
    who_id              VARCHAR,
    activity_date       DATE,
    completed_date_time TIMESTAMP,
    created_date        TIMESTAMP,
    type                VARCHAR,   -- Call, Outgoing SMS, Incoming SMS, Email
    task_subtype        VARCHAR,   -- Call, Email or Task
    subject             VARCHAR,
    call_type           VARCHAR,   -- Outbound or Inbound on logged calls, else NULL
    is_deleted          BOOLEAN
);

-- Salesforce User: the sales reps (SGAs) are the active users with is_sga__c.
CREATE TABLE IF NOT EXISTS raw.users (
    id        VARCHAR PRIMARY KEY,
    name      VARCHAR,
    is_active BOOLEAN,
    is_sga__c BOOLEAN
);

-- A warehouse created before these columns existed gains them (NULL in the rows it holds).
ALTER TABLE raw.ria_contacts_current ADD COLUMN IF NOT EXISTS contact_has_disclosed_criminal BOOLEAN;
ALTER TABLE raw.ria_contacts_current ADD COLUMN IF NOT EXISTS contact_has_disclosed_regulatory_event BOOLEAN;
ALTER TABLE raw.ria_contacts_current ADD COLUMN IF NOT EXISTS contact_has_disclosed_termination BOOLEAN;
ALTER TABLE raw.ria_contacts_current ADD COLUMN IF NOT EXISTS contact_has_disclosed_investigation BOOLEAN;
ALTER TABLE raw.ria_contacts_current ADD COLUMN IF NOT EXISTS contact_has_disclosed_customer_dispute BOOLEAN;
ALTER TABLE raw.ria_contacts_current ADD COLUMN IF NOT EXISTS contact_has_disclosed_civil_event BOOLEAN;
ALTER TABLE raw.ria_contacts_current ADD COLUMN IF NOT EXISTS contact_has_disclosed_bond BOOLEAN;
ALTER TABLE raw.ria_contacts_current ADD COLUMN IF NOT EXISTS contact_has_disclosed_bankrupt BOOLEAN;
ALTER TABLE raw.ria_contacts_current ADD COLUMN IF NOT EXISTS contact_has_disclosed_judgment_or_lien BOOLEAN;
ALTER TABLE raw.leads ADD COLUMN IF NOT EXISTS status VARCHAR;
ALTER TABLE raw.leads ADD COLUMN IF NOT EXISTS do_not_call BOOLEAN;
ALTER TABLE raw.leads ADD COLUMN IF NOT EXISTS disposition__c VARCHAR;
