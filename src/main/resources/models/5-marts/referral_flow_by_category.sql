-- docs/referral-flow.md, by category: one row per category with any referral in T12.
with activity as (
    select * from int_partner_activity
),
total as (
    select sum(in_12m) as in_12m from activity
),
by_category as (
    select
        category,
        sum(in_m) as in_m,
        sum(out_m) as out_m,
        sum(in_12m) as in_12m,
        sum(out_12m) as out_12m
    from activity
    group by category
    having sum(in_12m) + sum(out_12m) > 0
),
final as (
    select
        by_category.category,
        by_category.in_m,
        by_category.out_m,
        by_category.in_12m,
        by_category.out_12m,
        case when total.in_12m > 0 then by_category.in_12m / total.in_12m end as share_in_12m
    from by_category
    cross join total
)
select * from final order by category
