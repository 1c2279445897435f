-- docs/promises.md: fails for every file whose rows read differ from loaded + rejected + duplicates.
select file, rows_read, rows_loaded, rows_rejected, rows_duplicate
from import_ledger
where rows_read <> rows_loaded + rows_rejected + rows_duplicate
