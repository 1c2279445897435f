-- metrics.md 9: the newsletter's partner of month N = M+1, with the four runners-up.
with windows as (
    select * from report_windows where period = 'current'
),
activity as (
    select * from int_partner_activity
),
previous_pick as (
    -- the spotlight of N-1 (= M), whose category the next pick must not repeat
    select partners.category
    from stg_spotlights
    cross join windows
    join partners on partners.partner_id = stg_spotlights.partner_id
    where stg_spotlights.month = windows.month_start
),
recently_featured as (
    -- featured in N-12..N-1
    select distinct partner_id
    from stg_spotlights
    cross join windows
    where partner_id is not null and month >= windows.spotlight_window_start
),
eligible as (
    select
        activity.partner_id,
        activity.name,
        activity.category,
        activity.in_t6,
        activity.in_12m,
        activity.first_in,
        reciprocation.gap,
        introductions.introduced_total
    from activity
    join partners on partners.partner_id = activity.partner_id
    join reciprocation on reciprocation.partner_id = activity.partner_id
    join int_introductions introductions on introductions.partner_id = activity.partner_id
    where activity.in_12m >= 1
      and not coalesce(partners.spotlight_opt_out, false)
      and activity.partner_id not in (select partner_id from recently_featured)
      and activity.category not in (select category from previous_pick)
),
scored as (
    select
        eligible.*,
        2 * in_t6 + case when gap in ('owed', 'under') then 4 else 0 end + least(introduced_total, 5) as score
    from eligible
),
ranked as (
    select scored.*, row_number() over (order by score desc, in_12m desc, first_in, partner_id) as rank
    from scored
),
final as (
    select
        rank,
        partner_id,
        name,
        category,
        score,
        in_t6,
        in_12m,
        gap,
        introduced_total,
        concat_ws('; ',
            in_t6 || (case when in_t6 = 1 then ' referral' else ' referrals' end) || ' in 6 months',
            case gap
                when 'owed' then 'we owe them: nothing given back in 12 months'
                when 'under' then 'we owe them: little given back for ' || in_12m || ' referrals in 12 months'
            end,
            case when introduced_total > 0
                 then 'introduced ' || introduced_total || (case when introduced_total = 1 then ' partner' else ' partners' end)
            end
        ) as reason
    from ranked
    where rank <= 5
)
select * from final order by rank
