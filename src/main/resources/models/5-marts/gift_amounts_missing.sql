-- docs/gift-limits.md flags gifts with no amount (they count 0 in gift_limits): how many, per physician.
with windows as (
    select * from report_windows where period = 'current'
),
final as (
    select scoped_interactions.partner_id, count(*) as gifts_without_amount
    from scoped_interactions
    cross join windows
    join int_partner_categories categories on categories.partner_id = scoped_interactions.partner_id
    where scoped_interactions.type = 'gift' and scoped_interactions.direction = 'outbound'
      and scoped_interactions.date >= windows.year_start
      and categories.category = 'physician'
      and scoped_interactions.amount is null
    group by scoped_interactions.partner_id
)
select * from final order by partner_id
