-- Interactions up to as_of, with the partner each reference resolved to (null when unmatched).
with windows as (
    select * from report_windows where period = 'current'
),
interactions as (
    select * from raw_interactions
),
references_resolved as (
    select * from reference_map
),
final as (
    select
        interactions.interaction_id,
        interactions.date,
        interactions.contact as reference,
        references_resolved.partner_id,
        interactions.type,
        interactions.direction,
        interactions.event_id,
        interactions.amount
    from interactions
    cross join windows
    left join references_resolved on references_resolved.reference = interactions.contact
    where interactions.date <= windows.as_of
)
select * from final
