-- docs/follow-up.md: every partner with touches_total >= 1 or at stage partnership.
with windows as (
    select * from report_windows where period = 'current'
),
stages as (
    select * from int_partner_stage where touches_total >= 1 or stage = 'partnership'
),
with_cadence as (
    select
        stages.*,
        case stage when 'partnership' then 30 when 'established' then 30 when 'developing' then 21 when 'new' then 14 end
            as cadence_days,
        windows.as_of - stages.last_touch as days_since_last_touch
    from stages
    cross join windows
),
final as (
    select
        partner_id,
        name,
        category,
        touches_total,
        touches_90d,
        last_touch,
        days_since_last_touch,
        stage,
        cadence_days,
        last_touch + cadence_days as next_due,
        coalesce(days_since_last_touch > cadence_days, true) as overdue
    from with_cadence
)
select * from final order by partner_id
