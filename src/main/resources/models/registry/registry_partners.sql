-- docs/registry.md: every partner with an NPI as the public registries know it. Empty without
-- registry files; npi_status is empty when only the CMS file is there (NPPES says it).
with rows as (
    select * from int_registry_partner_rows
),
has_nppes as (
    select count(*) > 0 as present from registry_files where kind = 'nppes'
),
has_any as (
    select count(*) > 0 as present from registry_files where kind in ('nppes', 'medicare')
),
rules as (
    select * from registry_taxonomy_rules
),
nucc as (
    select code, max(grouping) as grouping from registry_taxonomy group by code
),
categorised as (
    select
        rows.partner_id,
        arg_max(rules.category, length(rules.prefix)) as rule_category
    from rows
    join rules on starts_with(rows.primary_taxonomy, rules.prefix)
    group by rows.partner_id
),
named as (
    select
        rows.*,
        case
            when rows.entity_type = '2' then rows.organization_name
            else nullif(trim(concat_ws(' ', rows.first_name, rows.last_name)), '')
        end as registry_name,
        -- The partner's surname: the last word of the name before any comma (apostrophes and hyphens
        -- joined, as the registry writes O'BRIEN and SMITH-JONES), titles and degrees left out.
        list_filter(
            string_split(regexp_replace(regexp_replace(lower(strip_accents(split_part(rows.name, ',', 1))),
                '[''’-]', '', 'g'), '[^\p{L}\p{N}]', ' ', 'g'), ' '),
            lambda word: word <> '' and not list_contains(['dr', 'mr', 'mrs', 'ms', 'prof', 'md', 'do', 'dpt', 'pt',
                'mpt', 'dc', 'dds', 'dmd', 'dpm', 'od', 'phd', 'np', 'pa', 'pac', 'rn', 'ot', 'otr', 'slp', 'ccc',
                'atc', 'lac', 'lmt', 'facs', 'jr', 'sr', 'ii', 'iii', 'iv'], word)
        ) as name_words
    from rows
),
final as (
    select
        named.partner_id,
        named.name,
        named.npi,
        case
            when not has_nppes.present then null
            when not named.in_nppes then 'not_in_registry'
            when named.deactivation_date is not null
                 and (named.reactivation_date is null or named.reactivation_date < named.deactivation_date)
                then 'deactivated'
            else 'active'
        end as npi_status,
        named.registry_name,
        case
            when named.registry_name is null then null
            when named.entity_type = '2'
                then regexp_replace(lower(strip_accents(named.organization_name)), '[^\p{L}\p{N}]', '', 'g')
                   = regexp_replace(lower(strip_accents(named.name)), '[^\p{L}\p{N}]', '', 'g')
            else regexp_replace(lower(strip_accents(named.last_name)), '[^\p{L}\p{N}]', '', 'g')
               = coalesce(named.name_words[-1], '')
        end as name_matches,
        named.credential,
        named.address,
        named.city,
        named.state,
        named.postal_code,
        named.primary_taxonomy as taxonomy_code,
        coalesce(categorised.rule_category,
                 case when nucc.grouping = 'Allopathic & Osteopathic Physicians' then 'physician' end)
            as category_from_registry,
        named.medicare_patients,
        named.medicare_year
    from named
    cross join has_nppes
    cross join has_any
    left join categorised on categorised.partner_id = named.partner_id
    left join nucc on nucc.code = named.primary_taxonomy
    where has_any.present
)
select * from final order by partner_id
