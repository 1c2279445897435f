-- How far each activity file is resolved (its last record number), once the kept models
-- (models/1-identity/) have added its rows: an appended export's records are numbered on, so
-- the rows past this mark are the ones to add next time.
create or replace table resolved_progress as
select 'interactions' as kind, source_file, max(record_no) as resolved_through
from raw_interactions group by source_file
union all
select 'referrals', source_file, max(record_no) from raw_referrals group by source_file;
