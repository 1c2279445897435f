-- docs/summary.md: the month's headline numbers for the review's summary, one row; the pipeline
-- also builds it for M-1 and M-12, and summary_kpi_changes compares them.
with windows as (
    select * from report_windows where period = 'current'
),
monthly as (
    select referral_flow_monthly.*
    from referral_flow_monthly
    cross join windows
    where referral_flow_monthly.month = strftime(windows.month_start, '%Y-%m')
),
relationships as (
    select
        count(*) filter (where stage = 'partnership') as partnerships
    from int_partner_stage
),
follow_ups as (
    select count(*) filter (where overdue) as follow_ups_overdue from follow_up
),
final as (
    select
        monthly.month,
        monthly.referrals_in,
        monthly.referrals_out,
        monthly.active_referrers,
        monthly.new_referrers,
        monthly.thank_you_rate,
        reciprocation_summary.reciprocation_rate,
        relationships.partnerships,
        follow_ups.follow_ups_overdue
    from monthly
    cross join reciprocation_summary
    cross join relationships
    cross join follow_ups
)
select * from final
