-- docs/promises.md: fails for every partner that appears twice in a per-partner model.
with keyed as (
    select 'referral_flow_by_partner' as model, partner_id from referral_flow_by_partner
    union all select 'reciprocation', partner_id from reciprocation
    union all select 'follow_up', partner_id from follow_up
    union all select 'network_reach', partner_id from network_reach
    union all select 'spotlight', partner_id from spotlight
    union all select 'relationship_milestones', partner_id from relationship_milestones
    union all select 'gift_limits', partner_id from gift_limits
)
select model, partner_id, count(*) as rows from keyed group by model, partner_id having count(*) > 1
