-- docs/promises.md: fails for every partner id that names two partners.
select partner_id, count(*) as partners from partners group by partner_id having count(*) > 1
