-- docs/time-windows.md: events up to as_of.
with windows as (
    select * from report_windows where period = 'current'
),
final as (
    select raw_events.event_id, raw_events.date, raw_events.name, raw_events.kind
    from raw_events
    cross join windows
    where raw_events.date <= windows.as_of
)
select * from final
