-- docs/reciprocation.md: the partners the reciprocation scatter draws. Beyond a few thousand points a
-- scatter is ink, not information: the 2,000 with the most referrals and gives, and how many
-- partners reciprocation has in all (the note names the rest's CSV).
with reciprocation_rows as (
    select * from reciprocation
),
ranked as (
    select
        *,
        row_number() over (order by in_12m + giveback_12m desc, name) as plotted_rank,
        count(*) over () as partners
    from reciprocation_rows
),
final as (
    select * from ranked where plotted_rank <= 2000
)
select * from final order by plotted_rank
