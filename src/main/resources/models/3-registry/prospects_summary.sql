-- docs/prospects.md, for the review's page: how many prospects, and whether the practice was
-- located at all (its NPI, its ZIP, or ZIP areas named), which says why a list is empty.
with prospects as (
    select * from prospects
),
location as (
    select * from practice_location where npi is not null or postal_code is not null
),
zip3 as (
    select * from prospect_zip3
),
final as (
    select
        (select count(*) from prospects) as prospects,
        exists (select 1 from location) or exists (select 1 from zip3) as practice_located
)
select * from final
