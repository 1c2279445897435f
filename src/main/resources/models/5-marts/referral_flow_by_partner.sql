-- docs/referral-flow.md: every partner with any referral up to as_of.
with settings as (
    select * from run_params
),
activity as (
    select * from int_partner_activity where referrals_total > 0
),
trends as (
    select partner_id, trend from int_partner_trends where period = 'current'
),
final as (
    select
        activity.partner_id,
        activity.name,
        activity.category,
        activity.in_m,
        activity.out_m,
        activity.in_t3,
        activity.in_p3,
        activity.in_12m,
        activity.out_12m,
        activity.seen_12m,
        case when settings.has_referral_status and activity.in_12m > 0
             then activity.seen_12m / activity.in_12m end as conversion_12m,
        activity.first_in,
        activity.last_in,
        trends.trend
    from activity
    cross join settings
    join trends on trends.partner_id = activity.partner_id
)
select * from final order by partner_id
