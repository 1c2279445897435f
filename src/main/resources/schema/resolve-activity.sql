-- The activity rows not resolved yet (all of them after resolved.sql emptied the tables, or
-- the rows of an appended export), with the partner each reference resolved to.
insert into resolved_interactions
select
    interactions.interaction_id,
    interactions.date,
    reference_map.partner_id,
    interactions.type,
    interactions.direction,
    interactions.event_id,
    interactions.amount
from raw_interactions as interactions
left join reference_map on reference_map.reference = interactions.contact
anti join resolved_interactions as known on known.interaction_id = interactions.interaction_id;

insert into resolved_referrals
select
    referrals.referral_id,
    referrals.date,
    referrals.direction,
    reference_map.partner_id,
    referrals.status,
    referrals.service
from raw_referrals as referrals
left join reference_map on reference_map.reference = referrals.partner
anti join resolved_referrals as known on known.referral_id = referrals.referral_id;
