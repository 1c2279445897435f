-- docs/data-quality.md: the rows refused at import, in file and line order (rejects.csv has them all,
-- with duplicates too). A view: the section reads the first few of what can be many.
with issues as (
    select * from import_issues
),
final as (
    select file, line, "column", reason
    from issues
    where kind = 'rejected'
)
select * from final order by file, line
