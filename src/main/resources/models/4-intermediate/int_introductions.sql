-- docs/network-reach.md: who introduced whom, followed to any depth: a recursive walk whose UNION stops at
-- partners already reached, so an introduced_by loop terminates and counts each partner once.
with recursive edges as (
    select introducer.partner_id as introducer_id, partners.partner_id as introduced_id
    from partners
    join reference_map introducer on introducer.reference = partners.introduced_by
    where introducer.partner_id is not null and introducer.partner_id <> partners.partner_id
),
reach(root_id, member_id) as (
    select introducer_id, introduced_id from edges
    union
    select reach.root_id, edges.introduced_id
    from reach
    join edges on edges.introducer_id = reach.member_id
),
activity as (
    select partner_id, in_12m from int_partner_activity
),
direct as (
    select introducer_id as partner_id, count(*) as introduced_direct from edges group by introducer_id
),
total as (
    select reach.root_id as partner_id,
           count(*) as introduced_total,
           sum(activity.in_12m) as downstream_in_12m
    from reach
    join activity on activity.partner_id = reach.member_id
    where reach.member_id <> reach.root_id
    group by reach.root_id
),
final as (
    select
        partners.partner_id,
        coalesce(direct.introduced_direct, 0) as introduced_direct,
        coalesce(total.introduced_total, 0) as introduced_total,
        coalesce(total.downstream_in_12m, 0) as downstream_in_12m
    from partners
    left join direct on direct.partner_id = partners.partner_id
    left join total on total.partner_id = partners.partner_id
)
select * from final
