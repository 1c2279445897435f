-- metrics.md 11: touches before each partner's first inbound referral.
with activity as (
    select partner_id, name, first_in from int_partner_activity where first_in is not null
),
interactions as (
    select partner_id, date from stg_interactions where partner_id is not null
),
final as (
    select
        activity.partner_id,
        activity.name,
        activity.first_in,
        count(interactions.date) as touches_before_first_in
    from activity
    left join interactions
        on interactions.partner_id = activity.partner_id and interactions.date < activity.first_in
    group by all
)
select * from final order by partner_id
