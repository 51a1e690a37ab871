-- What happened to the leads of the published lists, imported from Salesforce exports (leadscore outcomes import),
-- for monitoring the model. Idempotent. Every import that passed its checks is a row of monitor.imports, a file
-- imported again included (it then counts 0 new and 0 updated leads).
CREATE SCHEMA IF NOT EXISTS monitor;

-- One row per import: the file (its name and SHA-256 of its bytes), when, its rows, and how its leads compared with
-- what the warehouse held: new, updated (a value changed), unchanged; on_no_list counts its leads that no published
-- list holds (neither the list of the contact's month nor the month before).
CREATE TABLE IF NOT EXISTS monitor.imports (import_id INTEGER, file_name VARCHAR, file_sha256 VARCHAR, imported_at TIMESTAMP, rows BIGINT, new_leads BIGINT, updated BIGINT, unchanged BIGINT, on_no_list BIGINT);

-- The current state of every imported lead. list_id: the published list that produced the lead (the list of the
-- contact's month when it holds the advisor, else the previous month's, else NULL), derived again for the leads of
-- each import. first_import: the import that brought the lead; last_import: the import that last changed its values.
CREATE TABLE IF NOT EXISTS monitor.outcomes (lead_id VARCHAR PRIMARY KEY, advisor_crd BIGINT NOT NULL, contacted_date DATE NOT NULL, call_scheduled_date DATE, status VARCHAR, list_id VARCHAR, first_import INTEGER NOT NULL, last_import INTEGER NOT NULL);

-- Every version of every lead, so a later file that changes a conversion date keeps the history: one row per lead for
-- the import that brought it, and one per later import that changed one of its values. An unchanged lead adds none.
CREATE TABLE IF NOT EXISTS monitor.outcome_history (lead_id VARCHAR NOT NULL, import_id INTEGER NOT NULL, advisor_crd BIGINT, contacted_date DATE, call_scheduled_date DATE, status VARCHAR);
