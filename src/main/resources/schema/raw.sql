-- The imported history: one table per input kind, plus the import bookkeeping.
-- Created before any load (schema changes never happen inside a load's transaction).
create table if not exists import_ledger (
    file varchar, format varchar, encoding varchar, checksum varchar, header varchar,
    imported_at timestamp, rows_read bigint, rows_loaded bigint, rows_rejected bigint, rows_duplicate bigint
);
create table if not exists import_issues (
    file varchar, line bigint, "column" varchar, reason varchar, kind varchar
);
-- The files whose rows changed since the partner list and the resolved activity were last
-- built: marked in each file's own import transaction, cleared in the rebuild's, so a run
-- stopped between the two leaves the marks and the next run rebuilds (docs/promises.md 1).
create table if not exists changes_to_resolve (file varchar, kind varchar, appended boolean);
create table if not exists raw_contacts (
    source_file varchar, record_no bigint, line bigint,
    contact_id varchar, full_name varchar, first_name varchar, last_name varchar, organization varchar,
    role varchar, category varchar, email varchar, phone varchar, npi varchar, city varchar,
    postal_code varchar, network_size integer, introduced_by varchar, spotlight_opt_out boolean, updated_at date,
    other_emails varchar
);
create table if not exists raw_interactions (
    source_file varchar, record_no bigint, line bigint,
    interaction_id varchar, date date, contact varchar, type varchar, direction varchar,
    event_id varchar, amount double
);
create table if not exists raw_referrals (
    source_file varchar, record_no bigint, line bigint,
    referral_id varchar, date date, direction varchar, partner varchar, patient_key varchar,
    service varchar, status varchar
);
create table if not exists raw_events (
    source_file varchar, record_no bigint, line bigint,
    event_id varchar, date date, name varchar, kind varchar
);
create table if not exists raw_spotlights (
    source_file varchar, record_no bigint, line bigint,
    month date, partner varchar
);
create table if not exists raw_merges (
    source_file varchar, record_no bigint, line bigint,
    reference_a varchar, reference_b varchar
);
-- Columns added after the first databases were made: size and modification time let an
-- untouched file be recognised without reading it; exports carry several e-mails per contact.
alter table import_ledger add column if not exists size bigint;
alter table import_ledger add column if not exists modified bigint;
alter table import_ledger add column if not exists lines bigint;
-- How each file was read (docs/data-folder.md): delimiter, header line, footer, date order, ZIPs padded.
alter table import_ledger add column if not exists delimiter varchar;
alter table import_ledger add column if not exists header_line bigint;
alter table import_ledger add column if not exists footer_lines bigint;
alter table import_ledger add column if not exists date_order varchar;
alter table import_ledger add column if not exists postal_codes_padded bigint;
alter table raw_contacts add column if not exists other_emails varchar;
-- Each row carried its file's format, which the ledger holds once per file: a column written for nothing.
alter table raw_contacts drop column if exists format;
alter table raw_interactions drop column if exists format;
alter table raw_referrals drop column if exists format;
alter table raw_events drop column if exists format;
alter table raw_spotlights drop column if exists format;
alter table raw_merges drop column if exists format;
-- The staging tables of a load, empty between loads: made again as the raw tables now are.
create table if not exists load_issues as select * from import_issues limit 0;
create or replace table load_contacts as select * from raw_contacts limit 0;
create or replace table load_interactions as select * from raw_interactions limit 0;
create or replace table load_referrals as select * from raw_referrals limit 0;
create or replace table load_events as select * from raw_events limit 0;
create or replace table load_spotlights as select * from raw_spotlights limit 0;
create or replace table load_merges as select * from raw_merges limit 0;
