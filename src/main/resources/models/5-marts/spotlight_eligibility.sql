-- docs/spotlight.md: why partners are or are not eligible for the spotlight of N = M+1, one row, so "no eligible
-- partner" can say why. Each rule counts the referring partners it excludes.
with exclusions as (
    select * from int_spotlight_exclusions
),
final as (
    select
        count(*) as referring_partners,
        count(*) filter (where opted_out) as opted_out,
        count(*) filter (where featured_recently) as featured_recently,
        count(*) filter (where same_category_as_last) as same_category_as_last,
        (select count(*) from spotlight) as eligible_shown
    from exclusions
)
select * from final
