-- docs/data-quality.md: the ten partners made from the most contact records, with the exports the
-- records came from and the evidence that joined them (the section lists these; every
-- record is in partner_records). Only the ten are gathered: at scale tens of thousands of
-- partners are merged, and listing the files of each would cost what the section never shows.
with records as (
    select * from partner_records
),
merged as (
    select partner_id, name, count(*) as records
    from records
    group by partner_id, name
    having count(*) > 1
),
listed as (
    select * from merged order by records desc, name, partner_id limit 10
),
final as (
    select
        listed.partner_id,
        listed.name,
        listed.records,
        string_agg(distinct regexp_replace(records.file, '^contacts/', ''), ', '
                   order by regexp_replace(records.file, '^contacts/', '')) as files,
        string_agg(distinct nullif(records.matched_by, ''), ', '
                   order by nullif(records.matched_by, '')) as matched_by
    from listed
    join records on records.partner_id = listed.partner_id
    group by listed.partner_id, listed.name, listed.records
)
select * from final order by records desc, name, partner_id
