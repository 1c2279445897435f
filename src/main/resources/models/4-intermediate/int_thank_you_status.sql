-- Every inbound referral with a partner, and whether it was thanked (docs/thank-you.md):
-- thanked (a note in [date, date + 7]), else late (a note after the window), else
-- pending (date + 7 >= as_of), else missed.
with windows as (
    select * from report_windows where period = 'current'
),
inbound as (
    select referral_id, date, partner_id from scoped_referrals where partner_id is not null and direction = 'in'
),
notes as (
    select partner_id, date from scoped_interactions
    where partner_id is not null and type = 'thank_you_note' and direction = 'outbound'
),
last_note as (
    select partner_id, max(date) as last_note_date from notes group by partner_id
),
next_note as (
    -- the first note on or after the referral's date: the window check needs no other;
    -- the referral's own columns ride along, so no join back by referral id is needed
    select inbound.referral_id, inbound.date, inbound.partner_id, notes.date as next_note_date
    from inbound
    asof left join notes on notes.partner_id = inbound.partner_id and notes.date >= inbound.date
),
final as (
    select
        next_note.referral_id,
        next_note.date,
        next_note.partner_id,
        case
            when next_note.next_note_date <= next_note.date + 7 then 'thanked'
            when last_note.last_note_date > next_note.date + 7 then 'late'
            when next_note.date + 7 >= windows.as_of then 'pending'
            else 'missed'
        end as status
    from next_note
    cross join windows
    left join last_note on last_note.partner_id = next_note.partner_id
)
select * from final
