-- docs/registry.md: a partner whose category is empty or `other` takes the registry's category
-- (when it has one), in every model; category_source says where each category came from.
with partners as (
    select partner_id, category from partners
),
registry as (
    select partner_id, category_from_registry from registry_partners
),
final as (
    select
        partners.partner_id,
        case
            when coalesce(partners.category, '') in ('', 'other') and registry.category_from_registry is not null
                then registry.category_from_registry
            else partners.category
        end as category,
        case
            when coalesce(partners.category, '') in ('', 'other') and registry.category_from_registry is not null
                then 'registry'
            else 'contact'
        end as category_source
    from partners
    left join registry on registry.partner_id = partners.partner_id
)
select * from final
