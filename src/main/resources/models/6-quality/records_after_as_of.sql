-- docs/data-quality.md: records dated after as_of, loaded but ignored by this month's report.
with windows as (
    select * from report_windows where period = 'current'
),
late as (
    select 'interactions.csv' as file, count(*) as rows from raw_interactions, windows where date > windows.as_of
    union all
    select 'referrals.csv', count(*) from raw_referrals, windows where date > windows.as_of
    union all
    select 'events.csv', count(*) from raw_events, windows where date > windows.as_of
    union all
    select 'spotlights.csv', count(*) from raw_spotlights, windows where month > windows.as_of
),
final as (
    select file, rows from late where rows > 0
)
select * from final order by file
