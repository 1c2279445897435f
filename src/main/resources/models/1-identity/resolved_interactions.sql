-- docs/data-folder.md: every interaction with the partner its reference resolved to (null when unmatched), kept
-- between runs for every month's models (scoped_interactions): a month reads it as it is
-- instead of joining millions of rows to the reference map. The query gives the rows not
-- resolved yet: all of them after the partner list was rebuilt (schema/resolved.sql empties
-- the table), else those past each file's mark, the records an appended export numbered on.
-- The reference text and the interaction ids stay in raw_interactions: no model reads them here.
with interactions as (
    select * from raw_interactions
),
references_resolved as (
    -- cast to the partner ENUM once per reference, not once per row
    select reference, partner_id::partner_key as partner_id from reference_map
),
progress as (
    select source_file, resolved_through from resolved_progress where kind = 'interactions'
),
final as (
    select
        interactions.date,
        references_resolved.partner_id,
        interactions.type,
        interactions.direction,
        interactions.event_id,
        interactions.amount
    from interactions
    left join references_resolved on references_resolved.reference = interactions.contact
    left join progress on progress.source_file = interactions.source_file
    where interactions.record_no > coalesce(progress.resolved_through, 0)
)
select * from final
