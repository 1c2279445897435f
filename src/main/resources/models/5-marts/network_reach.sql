-- docs/network-reach.md: the top partners by score, with network size and introductions; with the
-- registry files (docs/registry.md), the traditional-Medicare patients each served in the data year.
with settings as (
    select * from run_params
),
activity as (
    select * from int_partner_activity
),
scored as (
    select
        activity.partner_id,
        activity.name,
        activity.category,
        activity.in_12m,
        3 * activity.in_12m + 2 * activity.out_12m + activity.gives_12m + activity.touches_12m as score
    from activity
),
ranked as (
    select scored.*, row_number() over (order by score desc, in_12m desc, name, partner_id) as rank
    from scored
    where score > 0
),
final as (
    select
        ranked.rank,
        ranked.partner_id,
        ranked.name,
        ranked.category,
        ranked.score,
        coalesce(partners.network_size, settings.default_network_size) as network_size,
        introductions.introduced_direct,
        introductions.introduced_total,
        introductions.downstream_in_12m,
        registry.medicare_patients,
        registry.medicare_year
    from ranked
    cross join settings
    join partners on partners.partner_id = ranked.partner_id
    join int_introductions introductions on introductions.partner_id = ranked.partner_id
    left join registry_partners registry on registry.partner_id = ranked.partner_id
    where ranked.rank <= settings.top_partners
)
select * from final order by rank
