-- How many partners are at each relationship stage (docs/follow-up.md), every partner counted.
with stages as (
    select * from (values ('partnership', 1), ('established', 2), ('developing', 3), ('new', 4), ('none', 5))
        as s(stage, position)
),
counts as (
    select stage, count(*) as partners from int_partner_stage group by stage
),
final as (
    select stages.stage, coalesce(counts.partners, 0) as partners, stages.position
    from stages
    left join counts on counts.stage = stages.stage
)
select stage, partners from final order by position
