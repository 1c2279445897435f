-- docs/spotlight.md: the newsletter's partner of month N = M+1, with the four runners-up.
with activity as (
    select * from int_partner_activity
),
exclusions as (
    select * from int_spotlight_exclusions
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
    join exclusions on exclusions.partner_id = activity.partner_id
    join reciprocation on reciprocation.partner_id = activity.partner_id
    join int_introductions introductions on introductions.partner_id = activity.partner_id
    where not exclusions.opted_out
      and not exclusions.featured_recently
      and not exclusions.same_category_as_last
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
