-- The public registry files (docs/registry.md), each kept under its
-- checksum: a file is read once, and what matters of it stays here until the file leaves
-- registry/. The tables exist without a registry folder too, empty, so the models read them
-- either way.
create table if not exists registry_files (
    file varchar, kind varchar, checksum varchar, bytes bigint, modified_millis bigint,
    data_year integer, covers_to varchar, rows_read bigint, read_at timestamp
);
-- The files of registry/ the last import could not read, each with its one-line reason: the review
-- names them, rather than asking for files the user did drop in.
create table if not exists registry_refusals (file varchar, reason varchar);
-- NPPES: one row per NPI and file, the primary taxonomy chosen while reading (the code whose
-- switch is Y, else the first), the practice location's address.
create table if not exists registry_nppes (
    checksum varchar, npi varchar, entity_type varchar, replacement_npi varchar, organization_name varchar,
    last_name varchar, first_name varchar, middle_name varchar, name_prefix varchar, name_suffix varchar,
    credential varchar, address varchar, city varchar, state varchar, postal_code varchar, phone varchar,
    deactivation_date date, reactivation_date date, primary_taxonomy varchar
);
-- CMS Medicare Physician & Other Practitioners, by provider: one row per NPI and data year.
create table if not exists registry_medicare (
    checksum varchar, data_year integer, npi varchar, last_org_name varchar, first_name varchar,
    credential varchar, entity_code varchar, city varchar, state varchar, zip5 varchar, provider_type varchar,
    medicare_patients bigint, services double
);
-- NUCC taxonomy: readable names for the codes.
create table if not exists registry_taxonomy (
    checksum varchar, code varchar, grouping varchar, classification varchar, specialization varchar,
    display_name varchar
);
-- The newest NPPES row of each NPI over every file (RegistryImporter): rebuilt when the
-- files change, so the monthly models read one row per NPI instead of ranking every row.
create table if not exists registry_providers as select * exclude (checksum) from registry_nppes limit 0;
