-- Action list: relationships ready for the ask (docs/ask.md, in its order).
select partner_id, name, category, touches_total, giveback_12m, last_touch from ask_ready
