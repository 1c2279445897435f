-- docs/registry.md, data quality: how many partner NPIs were checked, how many are active in
-- NPPES, carry the registry's name and are in the Medicare data, and how many have a problem;
-- and how many NPPES and CMS files were read, which decides whether the review verifies at all.
with partners as (
    select * from registry_partners
),
problems as (
    select * from registry_npi_problems
),
files as (
    select * from registry_files
),
checked as (
    select
        count(*) as partner_npis,
        count(*) filter (where npi_status = 'active') as active,
        count(*) filter (where name_matches) as name_matching,
        count(medicare_patients) as in_medicare
    from partners
),
final as (
    select
        checked.*,
        (select count(*) from problems) as npi_problems,
        (select count(*) from files where kind in ('nppes', 'medicare')) as registry_files_read
    from checked
)
select * from final
