-- docs/milestones.md, summary: does the seven-touch rule hold for this practice?
with settings as (
    select * from run_params
),
milestones as (
    select * from relationship_milestones
),
final as (
    select
        count(*) as count,
        median(touches_before_first_in) as median,
        case when count(*) > 0
             then count(*) filter (where touches_before_first_in >= settings.established_touches) / count(*) end
            as share_after_7
    from milestones
    cross join settings
    group by settings.established_touches
)
select * from final
