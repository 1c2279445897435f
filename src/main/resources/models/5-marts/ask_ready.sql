-- docs/ask.md: established relationships where asking for a referral is timely.
with settings as (
    select * from run_params
),
windows as (
    select * from report_windows where period = 'current'
),
recent_asks as (
    select distinct partner_id
    from scoped_interactions
    cross join windows
    where partner_id is not null and type = 'referral_ask' and direction = 'outbound'
      and date >= windows.d90_start
),
final as (
    select a.partner_id, a.name, a.category, a.touches_total, a.giveback_12m, a.last_touch
    from int_partner_activity a
    cross join settings
    cross join windows
    where a.touches_total >= settings.established_touches
      and a.in_12m = 0
      and a.giveback_12m >= 1
      and windows.as_of - a.last_touch <= 45
      and a.partner_id not in (select partner_id from recent_asks)
)
select * from final order by giveback_12m desc, touches_total desc, name, partner_id
