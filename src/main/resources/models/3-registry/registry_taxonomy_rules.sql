-- docs/registry.md, category_from_registry: taxonomy-code prefixes to the partner categories,
-- the rule table used without (and beside) the NUCC file. The longest matching prefix wins.
with rules as (
    select * from (values
        ('111N', 'chiropractor'),
        ('1223', 'dentist'),
        ('2251', 'therapist'),
        ('2252', 'therapist'),
        ('225X', 'therapist'),
        ('224Z', 'therapist'),
        ('235Z', 'therapist'),
        ('2255A2300X', 'therapist'),
        ('225700000X', 'therapist'),
        ('20', 'physician')
    ) as rule (prefix, category)
),
final as (
    select prefix, category from rules
)
select * from final
