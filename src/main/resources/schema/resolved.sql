-- Activity with the partner each reference resolved to, for every month's models: emptied
-- here when the partner list is rebuilt, then filled by resolve-activity.sql, which also
-- adds appended rows alone. A monthly run reads it as it is instead of joining millions of
-- rows to the reference map for each month it computes. The reference text itself stays in
-- the raw tables (the unmatched list reads it there), and so do the interaction ids, which
-- no model reads: not copying them saves almost half of the write.
create or replace table resolved_interactions (
    date date, partner_id varchar, type varchar, direction varchar, event_id varchar, amount double
);
create or replace table resolved_referrals (
    referral_id varchar, date date, direction varchar, partner_id varchar, status varchar, service varchar
);
-- How far each activity file is resolved (its last record number): an appended export's
-- records are numbered on, so the rows past this mark are the ones to add.
create or replace table resolved_progress (
    kind varchar, source_file varchar, resolved_through bigint
);
