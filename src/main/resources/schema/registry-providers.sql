-- The newest NPPES row of each NPI: the file covering the latest dates speaks for an NPI it
-- carries when the monthly file and weekly files overlap. Rebuilt by the registry import
-- whenever a file was read or left, in the same transaction.
create or replace table registry_providers as
with files as (
    select checksum, row_number() over (order by covers_to desc nulls last, file desc) as file_rank
    from registry_files
    where kind = 'nppes'
),
ranked as (
    select
        registry_nppes.* exclude (checksum),
        row_number() over (partition by registry_nppes.npi order by files.file_rank) as recency
    from registry_nppes
    join files on files.checksum = registry_nppes.checksum
),
final as (
    select * exclude (recency) from ranked where recency = 1
)
select * from final
