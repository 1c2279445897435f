-- Action list: partners overdue for a touch, the longest overdue first.
select partner_id, name, category, stage, last_touch, days_since_last_touch, cadence_days, next_due
from follow_up
where overdue
order by next_due nulls first, name, partner_id
