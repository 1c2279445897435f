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
        end as registry_name
    from rows
),
folded as (
    -- Case and accents folded as the contact merge folds them (NameKey), the letters that do not
    -- decompose by hand: the partner's name before any comma (Alvarez, Ada and Ada Alvarez, MD
    -- both keep the surname there), its full name and organisation, the registry's surname and
    -- organisation.
    select
        named.*,
        list_transform([split_part(named.name, ',', 1), named.name, named.organization, named.last_name,
                        named.organization_name],
            lambda text: replace(replace(replace(replace(
                translate(lower(strip_accents(coalesce(text, ''))), 'øłđðı', 'olddi'),
                'æ', 'ae'), 'œ', 'oe'), 'ß', 'ss'), 'þ', 'th')) as texts
    from named
),
keyed as (
    select
        folded.*,
        list_filter(string_split(regexp_replace(texts[1], '[^\p{L}\p{N}]+', ' ', 'g'), ' '), lambda word: word <> '')
            as name_words,
        list_transform(texts, lambda text: regexp_replace(text, '[^\p{L}\p{N}]', '', 'g')) as keys
    from folded
),
surnames as (
    -- Where the partner's surname may be: any run of words that ends the name, or ends it but for
    -- trailing titles and degrees (Ada Alvarez DO); each run written without spaces, so the
    -- registry's DE LA CRUZ, SMITH-JONES and O'BRIEN compare with the words the contact has.
    select
        keyed.*,
        flatten(list_transform(range(1, len(name_words) + 1), lambda last_word:
            case
                when len(list_filter(name_words[last_word + 1:], lambda word: not list_contains(['dr', 'mr', 'mrs',
                    'ms', 'prof', 'md', 'do', 'dpt', 'pt', 'mpt', 'dc', 'dds', 'dmd', 'dpm', 'od', 'phd', 'np', 'pa',
                    'pac', 'rn', 'ot', 'otr', 'slp', 'ccc', 'atc', 'lac', 'lmt', 'facs', 'jr', 'sr', 'ii', 'iii', 'iv'],
                    word))) = 0
                    then list_transform(range(1, last_word + 1),
                        lambda first_word: array_to_string(name_words[first_word:last_word], ''))
                else []
            end)) as possible_surnames
    from keyed
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
            -- an organisation's NPI: its name against the partner's name or organisation
            when named.entity_type = '2' then named.keys[5] in (named.keys[2], named.keys[3])
            else list_contains(named.possible_surnames, named.keys[4])
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
    from surnames as named
    cross join has_nppes
    cross join has_any
    left join categorised on categorised.partner_id = named.partner_id
    left join nucc on nucc.code = named.primary_taxonomy
    where has_any.present
)
select * from final order by partner_id
