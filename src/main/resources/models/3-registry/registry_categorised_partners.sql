-- docs/registry.md, data quality: the partners whose category came from the registry, their
-- contact having none or other.
with categories as (
    select * from int_partner_categories
),
partners as (
    select partner_id, name from partners
),
final as (
    select
        partners.partner_id,
        partners.name,
        categories.category
    from categories
    join partners on partners.partner_id = categories.partner_id
    where categories.category_source = 'registry'
)
select * from final order by name, partner_id
