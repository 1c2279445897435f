-- docs/thank-you.md: the thank-you rate of each of the 12 months ending M (the section's chart).
with windows as (
    select * from report_windows where period = 'current'
),
flow as (
    select * from referral_flow_monthly
),
final as (
    select flow.month, flow.thank_you_rate
    from flow
    cross join windows
    where flow.month >= strftime(windows.t12_start, '%Y-%m')
)
select * from final order by month
