-- Data quality: partner pairs that may be one person but lack the evidence to merge
-- automatically (same phone, or same organisation, with a similar name): listed for review.
with people as (
    select
        partner_id,
        name,
        nullif(right(regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g'), 10), '') as phone_digits,
        nullif(regexp_replace(lower(strip_accents(coalesce(organization, ''))), '[^a-z0-9]+', '', 'g'), '') as org_key,
        string_split(trim(regexp_replace(lower(strip_accents(
            regexp_replace(name, '^(?i)(dr\.?|mr\.?|mrs\.?|ms\.?)\s+', ''))), '[^a-z ]+', ' ', 'g')), ' ') as tokens
    from partners
),
named as (
    select *, tokens[1] as first_token, tokens[len(tokens)] as last_token from people
),
pairs as (
    select a.partner_id as partner_id_a, a.name as name_a, b.partner_id as partner_id_b, b.name as name_b,
           case
               when a.phone_digits = b.phone_digits then 'same phone'
               else 'same organisation'
           end as evidence
    from named a
    join named b on a.partner_id < b.partner_id
        and (a.phone_digits = b.phone_digits or a.org_key = b.org_key)
        and a.last_token = b.last_token
        and left(a.first_token, 1) = left(b.first_token, 1)
)
select * from pairs order by partner_id_a, partner_id_b
