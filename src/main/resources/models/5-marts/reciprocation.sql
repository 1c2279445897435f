-- docs/reciprocation.md: every partner with in_12m + giveback_12m > 0, and its gap (first that applies).
with activity as (
    select * from int_partner_activity where in_12m + giveback_12m > 0
),
final as (
    select
        partner_id,
        name,
        category,
        in_12m,
        out_12m,
        gives_12m,
        giveback_12m,
        case when in_12m > 0 then giveback_12m / in_12m end as ratio,
        case
            when in_12m >= 1 and giveback_12m = 0 then 'owed'
            when in_12m >= 2 and giveback_12m * 2 < in_12m then 'under'
            when in_12m = 0 and giveback_12m >= 3 then 'one_way'
            when in_12m >= 1 then 'balanced'
            else 'none'
        end as gap
    from activity
)
select * from final order by partner_id
