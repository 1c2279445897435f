-- Activity with the partner each reference resolved to, for every month's models. Rebuilt
-- with the partner list (only when an input changed), so a monthly run reads it as it is
-- instead of joining millions of rows to the reference map for each month it computes.
create or replace table resolved_interactions as
select
    interactions.interaction_id,
    interactions.date,
    interactions.contact as reference,
    reference_map.partner_id,
    interactions.type,
    interactions.direction,
    interactions.event_id,
    interactions.amount
from raw_interactions as interactions
left join reference_map on reference_map.reference = interactions.contact;

create or replace table resolved_referrals as
select
    referrals.referral_id,
    referrals.date,
    referrals.direction,
    referrals.partner as reference,
    reference_map.partner_id,
    referrals.status,
    referrals.service
from raw_referrals as referrals
left join reference_map on reference_map.reference = referrals.partner;
