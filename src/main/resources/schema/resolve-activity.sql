-- The activity rows not resolved yet (all of them after resolved.sql emptied the tables, or
-- the records of an appended export), with the partner each reference resolved to.
-- The partner id is cast to its ENUM once per reference, not once per row: there are far
-- fewer references than rows.
create or replace temp view reference_partners as
select reference, partner_id::partner_key as partner_id from reference_map;

insert into resolved_interactions
select
    interactions.date,
    reference_partners.partner_id,
    interactions.type,
    interactions.direction,
    interactions.event_id,
    interactions.amount
from raw_interactions as interactions
left join reference_partners on reference_partners.reference = interactions.contact
left join resolved_progress as progress
    on progress.kind = 'interactions' and progress.source_file = interactions.source_file
where interactions.record_no > coalesce(progress.resolved_through, 0);

insert into resolved_referrals
select
    referrals.referral_id,
    referrals.date,
    referrals.direction,
    reference_partners.partner_id,
    referrals.status,
    referrals.service
from raw_referrals as referrals
left join reference_partners on reference_partners.reference = referrals.partner
left join resolved_progress as progress
    on progress.kind = 'referrals' and progress.source_file = referrals.source_file
where referrals.record_no > coalesce(progress.resolved_through, 0);

create or replace table resolved_progress as
select 'interactions' as kind, source_file, max(record_no) as resolved_through
from raw_interactions group by source_file
union all
select 'referrals', source_file, max(record_no) from raw_referrals group by source_file;

drop view reference_partners;
