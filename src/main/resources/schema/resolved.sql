-- The tables of the kept models models/1-identity/resolved_interactions and resolved_referrals
-- (the activity with the partner each reference resolved to): emptied here when the partner
-- list is rebuilt, then filled by those models, which also add appended rows alone.
--
-- The contract's words (type, direction, status) are ENUMs: the rules let no other value
-- through, and small codes are much cheaper to write than millions of words. So is the
-- partner id, over the partner list just built: the models that match activity to partners
-- by id (the thank-you as-of join above all) compare codes instead of text for every month
-- they compute (bench/RESULTS.md has the figures). Every ENUM's values are in the text's own order, so ordering, min and max compare
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
-- How far each activity file is resolved: nothing yet (schema/resolved-progress.sql sets it).
create or replace table resolved_progress (
    kind varchar, source_file varchar, resolved_through bigint
);
