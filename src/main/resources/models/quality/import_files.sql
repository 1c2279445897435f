-- Data quality: per imported file, its format, encoding and reconciled row counts.
with final as (
    select file, format, encoding, rows_read, rows_loaded, rows_rejected, rows_duplicate
    from import_ledger
)
select * from final order by file
