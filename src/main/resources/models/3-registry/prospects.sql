-- docs/prospects.md: clinicians near the practice, in the specialties that refer to it, who are
-- not partners yet, ranked by the traditional-Medicare patients they served.
with location as (
    select * from practice_location
),
practice_row as (
    -- the first row read when a file repeats the NPI (as int_registry_partner_rows keeps)
    select postal_code from registry_providers where npi = (select npi from location) order by rowid limit 1
),
areas as (
    select zip3 from prospect_zip3
    union all
    select left(coalesce((select postal_code from practice_row), location.postal_code), 3)
    from location
    where not exists (select 1 from prospect_zip3)
      and coalesce((select postal_code from practice_row), location.postal_code) is not null
),
taxonomies as (
    select prefix from prospect_taxonomies
),
partner_npis as (
    -- partners, and the practice itself (a chiropractic practice's own chiropractor is no prospect)
    select distinct npi from partners where coalesce(npi, '') <> ''
    union
    select npi from location where npi is not null
),
nearby as (
    select *
    from registry_providers
    where left(postal_code, 3) in (select zip3 from areas)
      and entity_type = '1'
      and (deactivation_date is null or reactivation_date >= deactivation_date)
      and npi not in (select npi from partner_npis)
    -- one row per NPI, the first read, when a file repeats one: a clinician is one prospect
    qualify row_number() over (partition by npi order by rowid) = 1
),
matched as (
    select nearby.npi, arg_max(taxonomies.prefix, length(taxonomies.prefix)) as prefix
    from nearby
    join taxonomies on starts_with(nearby.primary_taxonomy, taxonomies.prefix)
    group by nearby.npi
),
candidates as (
    select nearby.*, matched.prefix as matched_prefix
    from nearby
    join matched on matched.npi = nearby.npi
),
medicare as (
    select npi, medicare_patients, data_year, provider_type,
           row_number() over (partition by npi order by data_year desc, medicare_patients desc) as recency
    from registry_medicare
    where npi in (select npi from candidates)
),
nucc as (
    select code, max(coalesce(display_name, classification)) as display_name from registry_taxonomy group by code
),
ranked as (
    select
        candidates.*,
        medicare.medicare_patients,
        medicare.data_year as medicare_year,
        coalesce(nucc.display_name, medicare.provider_type, candidates.primary_taxonomy) as specialty,
        row_number() over (order by medicare.medicare_patients desc nulls last, candidates.npi) as rank
    from candidates
    left join medicare on medicare.npi = candidates.npi and medicare.recency = 1
    left join nucc on nucc.code = candidates.primary_taxonomy
),
final as (
    select
        rank,
        npi,
        nullif(trim(concat_ws(' ', first_name, last_name)), '') as name,
        credential,
        specialty,
        address,
        city,
        postal_code,
        phone,
        medicare_patients,
        medicare_year,
        concat(
            'taxonomy ', primary_taxonomy, ' matches ', matched_prefix, '; ZIP ', left(postal_code, 5),
            ' in area ', left(postal_code, 3), '; ',
            case
                when medicare_patients is null then 'not in the Medicare data'
                -- the count written as the review prints it beside the reason (1,065)
                else format('{:,d} traditional-Medicare patients in {:d}', medicare_patients, medicare_year)
            end,
            '; not a partner yet'
        ) as why
    from ranked
)
select * from final order by rank
