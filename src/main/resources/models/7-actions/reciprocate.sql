-- docs/reciprocation.md: action list: partners who send patients and get little or nothing back, the biggest senders first.
select partner_id, name, category, in_12m, giveback_12m, gap
from reciprocation
where gap in ('owed', 'under')
order by in_12m desc, name, partner_id
