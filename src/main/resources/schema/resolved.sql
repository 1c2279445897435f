-- Activity with the partner each reference resolved to, for every month's models: emptied
-- here when the partner list is rebuilt, then filled by resolve-activity.sql, which also
-- adds appended rows alone. A monthly run reads it as it is instead of joining millions of
-- rows to the reference map for each month it computes.
create or replace table resolved_interactions (
    interaction_id varchar, date date, reference varchar, partner_id varchar, type varchar, direction varchar,
    event_id varchar, amount double
);
create or replace table resolved_referrals (
    referral_id varchar, date date, direction varchar, reference varchar, partner_id varchar, status varchar,
    service varchar
);
