-- docs/referral-flow.md: the declining and dormant referrers, those who sent the most in 12 months
-- first: whom to call.
with flow as (
    select * from referral_flow_by_partner
),
final as (
    select partner_id, name, trend, in_12m, in_t3, in_p3, last_in
    from flow
    where trend in ('declining', 'dormant')
)
select * from final order by in_12m desc, name, partner_id
