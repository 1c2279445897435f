-- Activity with the partner each reference resolved to, for every month's models: emptied
-- here when the partner list is rebuilt, then filled by resolve-activity.sql, which also
-- adds appended rows alone. A monthly run reads it as it is instead of joining millions of
-- rows to the reference map for each month it computes. The reference text itself stays in
-- the raw tables (the unmatched list reads it there): not copying it saves a quarter of the write.
create or replace table resolved_interactions (
    interaction_id varchar, date date, partner_id varchar, type varchar, direction varchar, event_id varchar,
    amount double
);
create or replace table resolved_referrals (
    referral_id varchar, date date, direction varchar, partner_id varchar, status varchar, service varchar
);
