-- docs/spotlight.md: action list: the newsletter spotlight candidates, ranked.
select rank, partner_id, name, category, score, in_t6, in_12m, gap, introduced_total, reason from spotlight order by rank
