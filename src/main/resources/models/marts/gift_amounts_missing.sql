-- metrics.md 10 flags gifts with no amount (they count 0 in gift_limits): how many, per physician.
with windows as (
    select * from report_windows where period = 'current'
),
final as (
    select stg_interactions.partner_id, count(*) as gifts_without_amount
    from stg_interactions
    cross join windows
    join int_partner_categories categories on categories.partner_id = stg_interactions.partner_id
    where stg_interactions.type = 'gift' and stg_interactions.direction = 'outbound'
      and stg_interactions.date >= windows.year_start
      and categories.category = 'physician'
      and stg_interactions.amount is null
    group by stg_interactions.partner_id
)
select * from final order by partner_id
