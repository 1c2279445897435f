-- docs/spotlight.md: the facts the newsletter writer needs about the spotlight pick (rank 1 of spotlight), one row.
with pick as (
    select * from spotlight where rank = 1
),
first_touch as (
    select partner_id, min(date) as first_date from scoped_interactions where partner_id is not null group by partner_id
),
final as (
    select
        pick.partner_id,
        pick.name,
        partners.organization,
        pick.category,
        pick.reason,
        least(first_touch.first_date, activity.first_in) as partner_since,
        activity.touches_total,
        activity.in_12m,
        activity.giveback_12m,
        introductions.introduced_total,
        partners.network_size
    from pick
    join partners on partners.partner_id = pick.partner_id
    join int_partner_activity activity on activity.partner_id = pick.partner_id
    join int_introductions introductions on introductions.partner_id = pick.partner_id
    left join first_touch on first_touch.partner_id = pick.partner_id
)
select * from final
