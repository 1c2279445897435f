-- docs/spotlight.md: the spotlight pick's referrals in and out per month, the 12 months ending M.
with windows as (
    select * from report_windows where period = 'current'
),
months as (
    select cast(unnest(generate_series(windows.t12_start, windows.month_start, interval 1 month)) as date) as month_start
    from windows
),
referrals as (
    select cast(date_trunc('month', date) as date) as month_start, direction
    from scoped_referrals
    where partner_id = (select partner_id from spotlight where rank = 1)
),
final as (
    select
        strftime(months.month_start, '%Y-%m') as month,
        count(referrals.direction) filter (where referrals.direction = 'in') as referrals_in,
        count(referrals.direction) filter (where referrals.direction = 'out') as referrals_out
    from months
    left join referrals on referrals.month_start = months.month_start
    group by months.month_start
)
select * from final order by month
