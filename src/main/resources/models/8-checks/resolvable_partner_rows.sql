-- docs/promises.md: fails for every partner row of a model whose partner is not in the partner list.
with keyed as (
    select 'referral_flow_by_partner' as model, partner_id from referral_flow_by_partner
    union all select 'reciprocation', partner_id from reciprocation
    union all select 'follow_up', partner_id from follow_up
    union all select 'ask_ready', partner_id from ask_ready
    union all select 'thank_you', partner_id from thank_you
    union all select 'network_reach', partner_id from network_reach
    union all select 'spotlight', partner_id from spotlight
    union all select 'gift_limits', partner_id from gift_limits
)
select model, partner_id from keyed where partner_id not in (select partner_id from partners)
