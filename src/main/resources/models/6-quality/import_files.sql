-- docs/data-quality.md: per imported file, its format, encoding and reconciled row counts, then how
-- it was read: delimiter, header line (lines above it were a preamble), footer lines skipped,
-- the order of dates not written ISO, and US postal codes given back their leading zero.
with final as (
    select file, format, encoding, rows_read, rows_loaded, rows_rejected, rows_duplicate,
           coalesce(delimiter, 'comma') as delimiter, coalesce(header_line, 1) as header_line,
           coalesce(footer_lines, 0) as footer_lines, coalesce(date_order, '') as date_order,
           coalesce(postal_codes_padded, 0) as postal_codes_padded
    from import_ledger
)
select * from final order by file
