-- docs/registry.md, data quality: how many partner NPIs were checked, how many are active in
-- NPPES, carry the registry's name and are in the Medicare data, and how many have a problem.
with partners as (
    select * from registry_partners
),
problems as (
    select * from registry_npi_problems
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
        (select count(*) from problems) as npi_problems
    from checked
)
select * from final
