-- Every partner with its counts per window (docs/time-windows.md).
with windows as (
    select * from report_windows where period = 'current'
),
partners as (
    select partners.* replace (categories.category as category)
    from partners
    join int_partner_categories categories on categories.partner_id = partners.partner_id
),
referrals as (
    select * from scoped_referrals where partner_id is not null
),
interactions as (
    select * from scoped_interactions where partner_id is not null
),
gives as (
    select * from int_gives
),
referral_counts as (
    select
        referrals.partner_id,
        count(*) filter (where direction = 'in' and date >= windows.month_start) as in_m,
        count(*) filter (where direction = 'out' and date >= windows.month_start) as out_m,
        count(*) filter (where direction = 'in' and date >= windows.t3_start) as in_t3,
        count(*) filter (where direction = 'in' and date >= windows.p3_start and date < windows.t3_start) as in_p3,
        count(*) filter (where direction = 'in' and date >= windows.t6_start) as in_t6,
        count(*) filter (where direction = 'in' and date >= windows.t12_start) as in_12m,
        count(*) filter (where direction = 'out' and date >= windows.t12_start) as out_12m,
        count(*) filter (where direction = 'in' and date >= windows.t12_start and status = 'seen') as seen_12m,
        count(*) as referrals_total,
        min(date) filter (where direction = 'in') as first_in,
        max(date) filter (where direction = 'in') as last_in
    from referrals
    cross join windows
    group by referrals.partner_id
),
give_counts as (
    select gives.partner_id, count(*) filter (where date >= windows.t12_start) as gives_12m
    from gives
    cross join windows
    group by gives.partner_id
),
touch_counts as (
    select
        interactions.partner_id,
        count(*) as touches_total,
        count(*) filter (where date >= windows.t12_start) as touches_12m,
        count(*) filter (where date >= windows.d90_start) as touches_90d,
        max(date) as last_touch
    from interactions
    cross join windows
    group by interactions.partner_id
),
final as (
    select
        partners.partner_id,
        partners.name,
        partners.category,
        coalesce(r.in_m, 0) as in_m,
        coalesce(r.out_m, 0) as out_m,
        coalesce(r.in_t3, 0) as in_t3,
        coalesce(r.in_p3, 0) as in_p3,
        coalesce(r.in_t6, 0) as in_t6,
        coalesce(r.in_12m, 0) as in_12m,
        coalesce(r.out_12m, 0) as out_12m,
        coalesce(r.seen_12m, 0) as seen_12m,
        coalesce(r.referrals_total, 0) as referrals_total,
        r.first_in,
        r.last_in,
        coalesce(g.gives_12m, 0) as gives_12m,
        coalesce(r.out_12m, 0) + coalesce(g.gives_12m, 0) as giveback_12m,
        coalesce(t.touches_total, 0) as touches_total,
        coalesce(t.touches_12m, 0) as touches_12m,
        coalesce(t.touches_90d, 0) as touches_90d,
        t.last_touch
    from partners
    left join referral_counts r on r.partner_id = partners.partner_id
    left join give_counts g on g.partner_id = partners.partner_id
    left join touch_counts t on t.partner_id = partners.partner_id
)
select * from final
