-- docs/referral-flow.md: one row per month, the 24 months ending M.
with windows as (
    select * from report_windows where period = 'current'
),
months as (
    select cast(unnest(generate_series(windows.t24_start, windows.month_start, interval 1 month)) as date) as month_start
    from windows
),
referrals as (
    select *, cast(date_trunc('month', date) as date) as month_start from scoped_referrals
),
first_inbound as (
    select partner_id, cast(date_trunc('month', min(date)) as date) as month_start
    from scoped_referrals
    where partner_id is not null and direction = 'in'
    group by partner_id
),
flow as (
    select
        month_start,
        count(*) filter (where direction = 'in') as referrals_in,
        count(*) filter (where direction = 'out') as referrals_out,
        count(distinct partner_id) filter (where direction = 'in') as active_referrers
    from referrals
    group by month_start
),
newcomers as (
    select month_start, count(*) as new_referrers from first_inbound group by month_start
),
thanks as (
    select
        cast(date_trunc('month', date) as date) as month_start,
        count(*) filter (where status = 'thanked') as thanked,
        count(*) filter (where status in ('thanked', 'late', 'missed')) as decided
    from int_thank_you_status
    group by all
),
final as (
    select
        strftime(months.month_start, '%Y-%m') as month,
        coalesce(flow.referrals_in, 0) as referrals_in,
        coalesce(flow.referrals_out, 0) as referrals_out,
        coalesce(flow.active_referrers, 0) as active_referrers,
        coalesce(newcomers.new_referrers, 0) as new_referrers,
        case when thanks.decided > 0 then thanks.thanked / thanks.decided end as thank_you_rate
    from months
    left join flow on flow.month_start = months.month_start
    left join newcomers on newcomers.month_start = months.month_start
    left join thanks on thanks.month_start = months.month_start
)
select * from final order by month
