-- docs/summary.md: each summary number of the month beside last month's and the same month
-- last year's, the change from each, and whether that change is better or worse for the practice.
-- It reads kpi_history (summary_kpis for this month, last month and last year, one row per
-- period), which the pipeline fills once the month's models ran and the earlier months are in.
with history as (
    select * from kpi_history
),
measures as (
    -- the summary's numbers in the order it shows them; a rate changes by percentage points
    select * from (values
        (1, 'referrals_in', 'count', true),
        (2, 'referrals_out', 'count', true),
        (3, 'active_referrers', 'count', true),
        (4, 'new_referrers', 'count', true),
        (5, 'reciprocation_rate', 'rate', true),
        (6, 'thank_you_rate', 'rate', true),
        (7, 'partnerships', 'count', true),
        (8, 'follow_ups_overdue', 'count', false)
    ) as measures (position, measure, unit, higher_is_better)
),
amounts as (
    select period, measure, amount
    from history
    unpivot include nulls (amount for measure in (referrals_in, referrals_out, active_referrers, new_referrers,
        reciprocation_rate, thank_you_rate, partnerships, follow_ups_overdue))
),
side_by_side as (
    -- a period without its row (no numbers for that month) gives no value and no change
    select
        measures.*,
        this_month.amount as this_month,
        last_month.amount as last_month,
        last_year.amount as last_year
    from measures
    left join amounts this_month on this_month.measure = measures.measure and this_month.period = 'this_month'
    left join amounts last_month on last_month.measure = measures.measure and last_month.period = 'last_month'
    left join amounts last_year on last_year.measure = measures.measure and last_year.period = 'last_year'
),
changes as (
    select
        *,
        -- a rate's change is the difference of the whole percents the summary shows, so that
        -- 64 % beside 64 % never reads "up 1 pt"
        cast(case unit when 'rate' then round(100 * this_month) - round(100 * last_month)
                  else this_month - last_month end as bigint) as last_month_change,
        cast(case unit when 'rate' then round(100 * this_month) - round(100 * last_year)
                  else this_month - last_year end as bigint) as last_year_change,
        case when higher_is_better then 1 else -1 end as better_sign
    from side_by_side
),
final as (
    -- better: the change goes the way the practice wants (up, or down for follow-ups overdue)
    select
        position,
        measure,
        unit,
        higher_is_better,
        this_month,
        last_month,
        last_month_change,
        case sign(last_month_change) * better_sign when 1 then 'better' when -1 then 'worse' when 0 then 'same' end
            as last_month_verdict,
        last_year,
        last_year_change,
        case sign(last_year_change) * better_sign when 1 then 'better' when -1 then 'worse' when 0 then 'same' end
            as last_year_verdict
    from changes
)
select * from final order by position
