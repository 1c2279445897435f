-- docs/data-quality.md: every contact record of every export and the partner it became.
with final as (
    select file, "row", partner_id, name, matched_by from contact_assignments
)
select * from final order by file, "row"
