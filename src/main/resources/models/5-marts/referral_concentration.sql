-- docs/referral-flow.md, concentration of matched inbound referrals in T12 (top-10 share, HHI).
with activity as (
    select partner_id, in_12m from int_partner_activity where in_12m > 0
),
total as (
    select sum(in_12m) as in_12m from activity
),
shares as (
    select activity.in_12m / total.in_12m as share,
           row_number() over (order by activity.in_12m desc, activity.partner_id) as position
    from activity
    cross join total
),
final as (
    select
        sum(share) filter (where position <= 10) as top10_share_12m,
        sum(power(100 * share, 2)) as hhi_12m,
        count(*) as referring_partners_12m
    from shares
)
select * from final
