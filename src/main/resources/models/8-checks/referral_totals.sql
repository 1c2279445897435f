-- docs/promises.md: fails when the month's matched referrals per partner add up to more than the month's total
-- (unmatched referrals count in the total only, so the partner sum may be smaller, never larger).
with monthly as (
    select referrals_in, referrals_out from referral_flow_monthly
    where month = (select strftime(month_start, '%Y-%m') from report_windows where period = 'current')
),
by_partner as (
    select coalesce(sum(in_m), 0) as in_m, coalesce(sum(out_m), 0) as out_m from referral_flow_by_partner
)
select monthly.*, by_partner.* from monthly cross join by_partner
where by_partner.in_m > monthly.referrals_in or by_partner.out_m > monthly.referrals_out
