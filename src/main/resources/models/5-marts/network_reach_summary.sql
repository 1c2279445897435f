-- docs/network-reach.md, summary: potential reach of the top partners and of all partnerships;
-- docs/registry.md: the top partners' reach measured where Medicare counted their patients, assumed elsewhere.
with settings as (
    select * from run_params
),
sizes as (
    select partners.partner_id, coalesce(partners.network_size, settings.default_network_size) as network_size,
           stages.stage, introducer.partner_id is not null as has_introducer
    from partners
    cross join settings
    join int_partner_stage stages on stages.partner_id = partners.partner_id
    left join reference_map introducer on introducer.reference = partners.introduced_by
),
final as (
    select
        coalesce((select sum(network_size) from network_reach), 0) as potential_reach_top10,
        coalesce(sum(network_size) filter (where stage = 'partnership'), 0) as potential_reach_partnerships,
        count(*) as partners,
        count(*) filter (where has_introducer) as introduced_partners,
        coalesce((select sum(coalesce(medicare_patients, network_size)) from network_reach), 0) as measured_reach_top10,
        (select count(medicare_patients) from network_reach) as measured_partners_top10
    from sizes
)
select * from final
