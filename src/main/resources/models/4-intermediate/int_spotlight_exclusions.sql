-- Every partner who referred in T12, and which spotlight rule (docs/spotlight.md) excludes them
-- from the issue N = M+1: an opt-out, a spotlight in N-12..N-1, or the category of N-1's pick.
with windows as (
    select * from report_windows where period = 'current'
),
referring as (
    select activity.partner_id, activity.category, coalesce(partners.spotlight_opt_out, false) as opted_out
    from int_partner_activity activity
    join partners on partners.partner_id = activity.partner_id
    where activity.in_12m >= 1
),
featured as (
    select distinct partner_id from scoped_spotlights cross join windows
    where partner_id is not null and month >= windows.spotlight_window_start
),
previous_pick as (
    select categories.category
    from scoped_spotlights
    cross join windows
    join int_partner_categories categories on categories.partner_id = scoped_spotlights.partner_id
    where scoped_spotlights.month = windows.month_start
),
final as (
    select
        partner_id,
        opted_out,
        partner_id in (select partner_id from featured) as featured_recently,
        category in (select category from previous_pick) as same_category_as_last
    from referring
)
select * from final
