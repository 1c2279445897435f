-- docs/registry.md: for every partner with an NPI: its NPPES row (the newest, registry_providers) and its newest
-- Medicare year, read only for the partners' own NPIs.
with partners as (
    select partner_id, name, organization, npi from partners where coalesce(npi, '') <> ''
),
nppes as (
    -- One row per NPI even when a file repeats one (NPPES never does; a generated or hand-joined
    -- file may): the first read, so each partner keeps one row in every model.
    select * exclude (read_order)
    from (select *, rowid as read_order from registry_providers where npi in (select npi from partners))
    qualify row_number() over (partition by npi order by read_order) = 1
),
medicare as (
    select
        npi, medicare_patients, data_year,
        row_number() over (partition by npi order by data_year desc, medicare_patients desc) as recency
    from registry_medicare
    where npi in (select npi from partners)
),
final as (
    select
        partners.partner_id,
        partners.name,
        partners.organization,
        partners.npi,
        nppes.npi is not null as in_nppes,
        nppes.entity_type,
        nppes.replacement_npi,
        nppes.organization_name,
        nppes.last_name,
        nppes.first_name,
        nppes.credential,
        nppes.address,
        nppes.city,
        nppes.state,
        nppes.postal_code,
        nppes.deactivation_date,
        nppes.reactivation_date,
        nppes.primary_taxonomy,
        medicare.medicare_patients,
        medicare.data_year as medicare_year
    from partners
    left join nppes on nppes.npi = partners.npi
    left join medicare on medicare.npi = partners.npi and medicare.recency = 1
)
select * from final
