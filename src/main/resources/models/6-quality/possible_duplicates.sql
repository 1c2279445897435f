-- docs/data-quality.md: partner pairs that may be one person but lack the evidence to merge
-- automatically (the same phone in E.164 or a similar organisation, with a similar name:
-- a nickname, an initial, another spelling). Found by the identity step, which knows the
-- nicknames and phone rules; listed here for review and confirmation in merges.csv.
with final as (
    select partner_id_a, name_a, partner_id_b, name_b, evidence from duplicate_candidates
)
select * from final order by partner_id_a, partner_id_b
