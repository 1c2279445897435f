-- Partners and how references reach them: rebuilt from the imported contacts on every run.
create or replace table partners (
    partner_id varchar, name varchar, organization varchar, role varchar, category varchar, email varchar,
    phone varchar, npi varchar, city varchar, postal_code varchar, network_size integer, introduced_by varchar,
    spotlight_opt_out boolean, updated_at date, records integer,
    -- what followed a person's name in the records (MD, DPT ...): the name is shown without it
    credential varchar
);
create or replace table contact_assignments (
    file varchar, "row" bigint, partner_id varchar, name varchar, matched_by varchar
);
create or replace table reference_map (
    reference varchar, partner_id varchar, problem varchar
);
-- The resolver's keys (kind, folded key, partner; no partner when several have the key), so
-- that new references of a later month resolve without folding every contact record again.
create or replace table reference_keys (
    kind varchar, key varchar, partner_id varchar
);
create or replace table duplicate_candidates (
    partner_id_a varchar, name_a varchar, partner_id_b varchar, name_b varchar, evidence varchar
);
create or replace table merge_problems (
    file varchar, "row" bigint, "column" varchar, reference varchar, problem varchar
);
