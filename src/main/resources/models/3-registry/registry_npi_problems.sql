-- docs/registry.md, data quality: every partner NPI that is deactivated (with its date and any
-- replacement), not in the registry, or whose registry name does not match the partner's.
with partners as (
    select * from registry_partners
),
rows as (
    select partner_id, deactivation_date, replacement_npi from int_registry_partner_rows
),
final as (
    select
        partners.partner_id,
        partners.name,
        partners.npi,
        case
            when partners.npi_status = 'deactivated' then 'deactivated'
            when partners.npi_status = 'not_in_registry' then 'not_in_registry'
            else 'name_mismatch'
        end as problem,
        partners.registry_name,
        case when partners.npi_status = 'deactivated' then rows.deactivation_date end as deactivation_date,
        case when partners.npi_status = 'deactivated' then rows.replacement_npi end as replacement_npi
    from partners
    join rows on rows.partner_id = partners.partner_id
    where partners.npi_status in ('deactivated', 'not_in_registry') or not partners.name_matches
)
select * from final order by problem, name, partner_id
