-- docs/milestones.md: touches before each partner's first inbound referral.
with activity as (
    select partner_id, name, first_in from int_partner_activity where first_in is not null
),
interactions as (
    -- The resolved table, not scoped_interactions: only touches before first_in count, and
    -- first_in is on or before as_of, so the view's as_of filter changes nothing here. Behind
    -- the view DuckDB misjudges the interactions as few and hashes all of them instead of
    -- the partners.
    select partner_id, date from resolved_interactions where partner_id is not null
),
touches as (
    -- counted per partner id alone, then joined: grouping by name and date as well costs more
    select interactions.partner_id, count(*) as touches
    from interactions
    join activity on activity.partner_id = interactions.partner_id
    where interactions.date < activity.first_in
    group by interactions.partner_id
),
final as (
    select
        activity.partner_id,
        activity.name,
        activity.first_in,
        coalesce(touches.touches, 0) as touches_before_first_in
    from activity
    left join touches on touches.partner_id = activity.partner_id
)
select * from final order by partner_id
