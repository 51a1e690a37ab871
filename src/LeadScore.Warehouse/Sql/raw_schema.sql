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
    age_range                                   VARCHAR
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
    owner_id                        VARCHAR
);

-- Salesforce User: the sales reps (SGAs) are the active users with is_sga__c.
CREATE TABLE IF NOT EXISTS raw.users (
    id        VARCHAR PRIMARY KEY,
    name      VARCHAR,
    is_active BOOLEAN,
    is_sga__c BOOLEAN
);
