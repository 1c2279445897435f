-- docs/milestones.md: every partner's trend for M-1 (rows) against its trend for M (columns).
with trends as (
    select * from int_partner_trends
),
pairs as (
    select previous.trend as from_trend, current.trend as to_trend
    from trends previous
    join trends current on current.partner_id = previous.partner_id and current.period = 'current'
    where previous.period = 'previous'
),
rows_in_order as (
    select * from (values ('new', 1), ('growing', 2), ('steady', 3), ('declining', 4), ('dormant', 5), ('inactive', 6))
        as r(trend, position)
),
final as (
    select
        rows_in_order.trend as from_trend,
        count(pairs.to_trend) filter (where pairs.to_trend = 'new') as new,
        count(pairs.to_trend) filter (where pairs.to_trend = 'growing') as growing,
        count(pairs.to_trend) filter (where pairs.to_trend = 'steady') as steady,
        count(pairs.to_trend) filter (where pairs.to_trend = 'declining') as declining,
        count(pairs.to_trend) filter (where pairs.to_trend = 'dormant') as dormant,
        count(pairs.to_trend) filter (where pairs.to_trend = 'inactive') as inactive,
        rows_in_order.position
    from rows_in_order
    left join pairs on pairs.from_trend = rows_in_order.trend
    group by rows_in_order.trend, rows_in_order.position
)
select from_trend, new, growing, steady, declining, dormant, inactive from final order by position
