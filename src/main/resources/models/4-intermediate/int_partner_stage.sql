-- Every partner's relationship stage (docs/follow-up.md), the first that applies.
with settings as (
    select * from run_params
),
activity as (
    select * from int_partner_activity
),
final as (
    select
        activity.*,
        case
            when in_12m >= 1 and giveback_12m >= 1 then 'partnership'
            when touches_total >= settings.established_touches then 'established'
            when touches_total >= 3 then 'developing'
            when touches_total >= 1 then 'new'
            else 'none'
        end as stage
    from activity
    cross join settings
)
select * from final
