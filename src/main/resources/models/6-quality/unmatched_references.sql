-- docs/data-quality.md: references (up to as_of) that resolve to no partner, or to two; with the
-- references of merges.csv pairs that could not be applied for that reason.
with windows as (
    select * from report_windows where period = 'current'
),
references_used as (
    select source_file as file, record_no as "row", 'contact' as "column", contact as reference
    from raw_interactions cross join windows where raw_interactions.date <= windows.as_of
    union all
    select source_file, record_no, 'partner', partner
    from raw_referrals cross join windows where raw_referrals.date <= windows.as_of
    union all
    select source_file, record_no, 'partner', partner
    from raw_spotlights cross join windows where raw_spotlights.month <= windows.as_of
    union all
    select source_file, record_no, 'introduced_by', introduced_by
    from raw_contacts where introduced_by is not null
),
confirmed_pairs as (
    select file, "row", "column", reference, problem from merge_problems
    where problem in ('no_match', 'ambiguous')
),
final as (
    select * from confirmed_pairs
    union all
    select references_used.file, references_used."row", references_used."column", references_used.reference,
           reference_map.problem
    from references_used
    join reference_map on reference_map.reference = references_used.reference
    where reference_map.problem is not null
)
select * from final order by file, "row", "column"
