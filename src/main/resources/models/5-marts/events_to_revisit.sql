-- docs/events.md: the events to go back to, for the Connect section's sentence: those of the
-- last 12 months where a new contact has referred since, the most such contacts first, then the
-- most new contacts, then the latest (the smaller event id on one day), three at most.
with attended as (
    select * from events
),
converting as (
    select * from attended where converted > 0
),
ranked as (
    select
        event_id,
        date,
        name,
        converted,
        new_contacts,
        row_number() over (order by converted desc, new_contacts desc, date desc, event_id) as rank
    from converting
),
final as (
    select * from ranked where rank <= 3
)
select * from final order by rank
