-- Every NPPES row with its file's rank (1 = the file covering the latest dates, which speaks
-- for an NPI it carries when monthly and weekly files overlap). A view: its readers filter
-- the NPIs they need before anything is copied.
with files as (
    select checksum, row_number() over (order by covers_to desc nulls last, file desc) as file_rank
    from registry_files
    where kind = 'nppes'
),
final as (
    select registry_nppes.*, files.file_rank
    from registry_nppes
    join files on files.checksum = registry_nppes.checksum
)
select * from final
