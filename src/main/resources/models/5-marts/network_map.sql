-- docs/network-reach.md: the top partners of network_reach as the map draws them, each with the
-- referrals they sent and we sent them in 12 months (the lines' weights).
with top_partners as (
    select * from network_reach
),
flow as (
    select * from referral_flow_by_partner
),
final as (
    select
        top_partners.*,
        coalesce(flow.in_12m, 0) as in_12m,
        coalesce(flow.out_12m, 0) as out_12m
    from top_partners
    left join flow on flow.partner_id = top_partners.partner_id
)
select * from final order by rank
