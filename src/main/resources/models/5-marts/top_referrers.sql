-- docs/referral-flow.md: the ten partners who sent the most referrals in 12 months (the bar chart).
with flow as (
    select * from referral_flow_by_partner
),
final as (
    select name, in_12m, partner_id
    from flow
    where in_12m > 0
    order by in_12m desc, name, partner_id
    limit 10
)
select * from final order by in_12m desc, name, partner_id
