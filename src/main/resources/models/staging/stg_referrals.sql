-- Referrals up to as_of, with the partner each reference resolved to (null when unmatched).
with windows as (
    select * from report_windows where period = 'current'
),
referrals as (
    select * from raw_referrals
),
references_resolved as (
    select * from reference_map
),
final as (
    select
        referrals.referral_id,
        referrals.date,
        referrals.direction,
        referrals.partner as reference,
        references_resolved.partner_id,
        referrals.status,
        referrals.service
    from referrals
    cross join windows
    left join references_resolved on references_resolved.reference = referrals.partner
    where referrals.date <= windows.as_of
)
select * from final
