-- docs/gift-limits.md: gift_limits as the review lists them, each physician with the gifts that
-- had no amount (counted 0), those over or nearest the cap first.
with limits as (
    select * from gift_limits
),
missing as (
    select * from gift_amounts_missing
),
final as (
    select limits.*, coalesce(missing.gifts_without_amount, 0) as missing
    from limits
    left join missing on missing.partner_id = limits.partner_id
)
select * from final order by share_of_cap desc nulls last, amount_ytd desc, name
