-- docs/time-windows.md: interactions up to as_of, with the partner its reference resolved to (null when unmatched).
-- A view: the resolution is done once per change of the inputs (resolved_interactions).
with windows as (
    select * from report_windows where period = 'current'
),
interactions as (
    select * from resolved_interactions
),
final as (
    select
        interactions.date,
        interactions.partner_id,
        interactions.type,
        interactions.direction,
        interactions.event_id,
        interactions.amount
    from interactions
    cross join windows
    where interactions.date <= windows.as_of
)
select * from final
