-- docs/follow-up.md: action list: partners overdue for a touch, the most valuable relationships first
-- (partnership, established, developing, new), then the longest overdue.
select partner_id, name, category, stage, last_touch, days_since_last_touch, cadence_days, next_due
from follow_up
where overdue
order by case stage when 'partnership' then 1 when 'established' then 2 when 'developing' then 3 else 4 end,
         next_due nulls first, name, partner_id
