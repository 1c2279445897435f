-- docs/follow-up.md: partners by touches_total (0..6 and 7+), every partner included.
with buckets as (
    select * from (values ('0', 0), ('1', 1), ('2', 2), ('3', 3), ('4', 4), ('5', 5), ('6', 6), ('7+', 7))
        as b(touches, position)
),
activity as (
    select case when touches_total >= 7 then '7+' else cast(touches_total as varchar) end as touches
    from int_partner_activity
),
counts as (
    select touches, count(*) as partners from activity group by touches
),
final as (
    select buckets.touches, coalesce(counts.partners, 0) as partners, buckets.position
    from buckets
    left join counts on counts.touches = buckets.touches
)
select touches, partners from final order by position
