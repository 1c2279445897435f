-- docs/time-windows.md: referrals up to as_of, with the partner its reference resolved to (null when unmatched).
-- A view: the resolution is done once per change of the inputs (resolved_referrals).
with windows as (
    select * from report_windows where period = 'current'
),
referrals as (
    select * from resolved_referrals
),
final as (
    select
        referrals.referral_id,
        referrals.date,
        referrals.direction,
        referrals.partner_id,
        referrals.status,
        referrals.service
    from referrals
    cross join windows
    where referrals.date <= windows.as_of
)
select * from final
