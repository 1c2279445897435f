-- docs/outputs.md, "Nothing yet": what the practice has so far, one row. partners: the partner
-- list (contact records merged); referrals: those dated up to as_of, matched to a partner or not.
-- With none of either, every section of the review opens by saying so.
with partner_list as (
    select * from partners
),
referrals as (
    select * from scoped_referrals
),
final as (
    select
        (select count(*) from partner_list) as partners,
        (select count(*) from referrals) as referrals
)
select * from final
