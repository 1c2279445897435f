-- docs/thank-you.md: action list: thank-you notes still owed (pending and missed), oldest first.
select date, partner_id, name, status, days_open, referral_id
from thank_you
where status in ('pending', 'missed')
order by date, referral_id
