-- docs/data-quality.md: data quality in one row: the counts the section's opening sentence and headings give.
-- contact_formats lists the formats recognised among the contact exports (empty: none).
with files as (
    select * from import_files
),
records as (
    select * from partner_records
),
merged as (
    select partner_id from records group by partner_id, name having count(*) > 1
),
final as (
    select
        (select count(*) from files) as files,
        (select string_agg(distinct format, ', ' order by format) from files
         where file like 'contacts/%') as contact_formats,
        (select count(*) from records) as contact_records,
        (select partners from network_reach_summary) as partners,
        (select count(*) from merged) as merged_partners,
        (select count(*) from import_issues where kind = 'rejected') as rejected_rows,
        (select count(*) from unmatched_references) as unmatched_references,
        (select count(*) from possible_duplicates) as possible_duplicates
)
select * from final
