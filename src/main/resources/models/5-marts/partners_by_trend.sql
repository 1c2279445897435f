-- How many referring partners are in each trend this month (docs/referral-flow.md), in its order.
with trends as (
    select * from (values ('new', 1), ('growing', 2), ('steady', 3), ('declining', 4), ('dormant', 5), ('inactive', 6))
        as t(trend, position)
),
counts as (
    select trend, count(*) as partners from referral_flow_by_partner group by trend
),
final as (
    select trends.trend, coalesce(counts.partners, 0) as partners, trends.position
    from trends
    left join counts on counts.trend = trends.trend
)
select trend, partners from final order by position
