-- docs/time-windows.md: newsletter spotlights up to as_of; a spotlight is dated the first day of its month.
with windows as (
    select * from report_windows where period = 'current'
),
spotlights as (
    select * from raw_spotlights
),
references_resolved as (
    select * from reference_map
),
final as (
    select
        spotlights.month,
        spotlights.partner as reference,
        references_resolved.partner_id
    from spotlights
    cross join windows
    left join references_resolved on references_resolved.reference = spotlights.partner
    where spotlights.month <= windows.as_of
)
select * from final
