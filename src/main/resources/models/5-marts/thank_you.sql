-- docs/thank-you.md: every inbound referral with a partner dated in D(90), with its thank-you status.
with windows as (
    select * from report_windows where period = 'current'
),
statuses as (
    select * from int_thank_you_status
),
partners as (
    select partner_id, name from partners
),
final as (
    select
        statuses.referral_id,
        statuses.date,
        statuses.partner_id,
        partners.name,
        statuses.status,
        case when statuses.status in ('pending', 'missed') then windows.as_of - statuses.date end as days_open
    from statuses
    cross join windows
    join partners on partners.partner_id = statuses.partner_id
    where statuses.date >= windows.d90_start
)
select * from final order by referral_id
