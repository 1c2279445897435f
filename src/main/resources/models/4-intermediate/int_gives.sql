-- docs/time-windows.md: gives (value added to a partner): outbound gift, co_marketing, invitation and
-- card_display interactions, plus each newsletter spotlight dated the first day of its month.
with interactions as (
    select * from scoped_interactions
),
spotlights as (
    select * from scoped_spotlights
),
interaction_gives as (
    select partner_id, date, type as kind
    from interactions
    where partner_id is not null
      and direction = 'outbound'
      and type in ('gift', 'co_marketing', 'invitation', 'card_display')
),
spotlight_gives as (
    select partner_id, month as date, 'spotlight' as kind
    from spotlights
    where partner_id is not null
),
final as (
    select * from interaction_gives
    union all
    select * from spotlight_gives
)
select * from final
