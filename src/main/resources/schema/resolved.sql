-- Activity with the partner each reference resolved to, for every month's models: emptied
-- here when the partner list is rebuilt, then filled by resolve-activity.sql, which also
-- adds appended rows alone. A monthly run reads it as it is instead of joining millions of
-- rows to the reference map for each month it computes. The reference text itself stays in
-- the raw tables (the unmatched list reads it there), and so do the interaction ids, which
-- no model reads: not copying them saves almost half of the write.
--
-- The contract's words (type, direction, status) are ENUMs: the rules let no other value
-- through, and writing 10M words as text cost 1.2 s where small codes cost 0.4 s. So is the
-- partner id, over the partner list just built: the models that match activity to partners
-- by id (the thank-you as-of join above all) take 2.3 s instead of 3.5 s per month at 10M
-- rows. Every ENUM's values are in the text's own order, so ordering, min and max compare
-- as the text did (ResolvedActivityTest checks the words against the importer's lists).
drop table if exists resolved_interactions;
drop table if exists resolved_referrals;
-- A practice with no contact yet has no partner, and DuckDB refuses an ENUM without values:
-- then the one value is '', which no partner id is (contact ids are never empty).
create or replace type partner_key as enum (
    select partner_id from partners union all select '' where not exists (select 1 from partners) order by 1
);
create table resolved_interactions (
    date date,
    partner_id partner_key,
    type enum ('call', 'card_display', 'co_marketing', 'email', 'event', 'gift', 'invitation', 'meeting', 'other',
        'referral_ask', 'thank_you_note'),
    direction enum ('inbound', 'outbound'),
    event_id varchar,
    amount double
);
create table resolved_referrals (
    referral_id varchar,
    date date,
    direction enum ('in', 'out'),
    partner_id partner_key,
    status enum ('accepted', 'declined', 'lost', 'received', 'scheduled', 'seen', 'sent'),
    service varchar
);
-- How far each activity file is resolved (its last record number): an appended export's
-- records are numbered on, so the rows past this mark are the ones to add.
create or replace table resolved_progress (
    kind varchar, source_file varchar, resolved_through bigint
);
