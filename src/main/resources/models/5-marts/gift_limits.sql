-- docs/gift-limits.md: gifts to physicians this calendar year against the year's cap.
with settings as (
    select * from run_params
),
windows as (
    select * from report_windows where period = 'current'
),
gifts as (
    select scoped_interactions.partner_id, scoped_interactions.amount
    from scoped_interactions
    cross join windows
    join int_partner_categories categories on categories.partner_id = scoped_interactions.partner_id
    where scoped_interactions.type = 'gift' and scoped_interactions.direction = 'outbound'
      and scoped_interactions.date >= windows.year_start
      and categories.category = 'physician'
),
totals as (
    select partner_id, count(*) as gifts_ytd, coalesce(sum(amount), 0) as amount_ytd
    from gifts
    group by partner_id
),
final as (
    select
        totals.partner_id,
        partners.name,
        year(windows.as_of) as year,
        totals.gifts_ytd,
        totals.amount_ytd,
        settings.gift_cap as cap,
        totals.amount_ytd / settings.gift_cap as share_of_cap,
        case
            when settings.gift_cap is null then 'no_cap_set'
            when totals.amount_ytd > settings.gift_cap then 'over'
            when totals.amount_ytd >= 0.8 * settings.gift_cap then 'near'
            else 'ok'
        end as status
    from totals
    cross join settings
    cross join windows
    join partners on partners.partner_id = totals.partner_id
)
select * from final order by partner_id
