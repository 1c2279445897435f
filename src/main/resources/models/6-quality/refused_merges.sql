-- docs/data-quality.md: pairs confirmed in merges.csv that were not merged because the two carry
-- different NPIs (two providers).
with problems as (
    select * from merge_problems
),
final as (
    select file, "row", reference
    from problems
    where problem = 'different_npi'
)
select * from final order by file, "row"
