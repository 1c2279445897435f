-- docs/events.md, in one row: the events of the last 12 months the Connect section counts, and
-- how many of them had no partner logged as met there (the chart leaves those out).
with attended as (
    select * from events
),
final as (
    select
        count(*) as events,
        count(*) filter (where contacts_met = 0) as events_without_contacts
    from attended
)
select * from final
