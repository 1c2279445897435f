-- docs/referral-flow.md: every partner's trend for the report month and, as if it were the report month, for M-1
-- (docs/referral-flow.md, "trend": the first rule that applies).
with windows as (
    select * from report_windows
),
partners as (
    select partner_id from partners
),
inbound as (
    select partner_id, date from scoped_referrals where partner_id is not null and direction = 'in'
),
counts as (
    select
        partners.partner_id,
        windows.period,
        windows.t3_start,
        count(inbound.date) filter (where inbound.date >= windows.t3_start and inbound.date <= windows.as_of) as in_t3,
        count(inbound.date) filter (where inbound.date >= windows.p3_start and inbound.date < windows.t3_start) as in_p3,
        count(inbound.date) filter (where inbound.date >= windows.t12_start and inbound.date < windows.t3_start) as in_p9,
        min(inbound.date) filter (where inbound.date <= windows.as_of) as first_in
    from partners
    cross join windows
    left join inbound on inbound.partner_id = partners.partner_id
    group by all
),
final as (
    select
        partner_id,
        period,
        case
            when first_in >= t3_start then 'new'
            when in_t3 = 0 and in_p9 >= 1 then 'dormant'
            when in_p3 >= 2 and in_t3 * 2 <= in_p3 then 'declining'
            when in_t3 >= 2 and in_t3 >= 2 * in_p3 then 'growing'
            when in_t3 >= 1 then 'steady'
            else 'inactive'
        end as trend
    from counts
)
select * from final
