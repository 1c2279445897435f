-- docs/data-quality.md: how many contact records were joined to a partner by each kind of evidence
-- (npi, email, name_org, confirmed); the records that founded a partner are not counted.
with records as (
    select * from partner_records
),
final as (
    select matched_by, count(*) as records
    from records
    where matched_by <> ''
    group by matched_by
)
select * from final order by records desc, matched_by
