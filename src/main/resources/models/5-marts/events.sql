-- docs/events.md: every event in T12, the partners met there, the new ones, and those who became referrers.
with windows as (
    select * from report_windows where period = 'current'
),
events as (
    select scoped_events.* from scoped_events cross join windows where scoped_events.date >= windows.t12_start
),
met as (
    select distinct event_id, partner_id
    from scoped_interactions
    where type = 'event' and partner_id is not null and event_id is not null
),
first_touch as (
    select partner_id, min(date) as first_date from scoped_interactions where partner_id is not null group by partner_id
),
new_candidates as (
    -- new at an event: no interaction of any type before the event's date
    select met.event_id, met.partner_id, all_events.date
    from met
    join scoped_events all_events on all_events.event_id = met.event_id
    join first_touch on first_touch.partner_id = met.partner_id
    where first_touch.first_date >= all_events.date
),
new_contacts as (
    -- a partner new at several events is counted once: at the earliest, smallest event_id first
    select event_id, partner_id
    from new_candidates
    qualify row_number() over (partition by partner_id order by date, event_id) = 1
),
referrers as (
    select partner_id from int_partner_activity where first_in is not null
),
final as (
    select
        events.event_id,
        events.date,
        events.name,
        events.kind,
        (select count(*) from met where met.event_id = events.event_id) as contacts_met,
        (select count(*) from new_contacts n where n.event_id = events.event_id) as new_contacts,
        (select count(*) from new_contacts n join referrers r on r.partner_id = n.partner_id
          where n.event_id = events.event_id) as converted
    from events
)
select * from final order by event_id
