-- docs/reciprocation.md, practice level: one row.
with reciprocation as (
    select * from reciprocation
),
final as (
    select
        case when count(*) filter (where in_12m >= 1) > 0
             then (count(*) filter (where in_12m >= 1 and giveback_12m >= 1))
                  / (count(*) filter (where in_12m >= 1)) end as reciprocation_rate,
        count(*) filter (where in_12m >= 1) as referring_partners,
        count(*) filter (where gap = 'owed') as owed,
        count(*) filter (where gap = 'under') as under,
        count(*) filter (where gap = 'one_way') as one_way,
        count(*) filter (where gap = 'balanced') as balanced
    from reciprocation
)
select * from final
