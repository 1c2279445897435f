-- docs/data-folder.md: every referral with the partner its reference resolved to (null when unmatched), kept
-- between runs for every month's models (scoped_referrals); filled as resolved_interactions is.
with referrals as (
    select * from raw_referrals
),
references_resolved as (
    -- cast to the partner ENUM once per reference, not once per row
    select reference, partner_id::partner_key as partner_id from reference_map
),
progress as (
    select source_file, resolved_through from resolved_progress where kind = 'referrals'
),
final as (
    select
        referrals.referral_id,
        referrals.date,
        referrals.direction,
        references_resolved.partner_id,
        referrals.status,
        referrals.service
    from referrals
    left join references_resolved on references_resolved.reference = referrals.partner
    left join progress on progress.source_file = referrals.source_file
    where referrals.record_no > coalesce(progress.resolved_through, 0)
)
select * from final
