#!/usr/bin/env bash
# The registry benchmark: a synthetic NPPES full file in the published layout (330 columns,
# bench/NppesFile.java; default 2,000,000 rows, about 2.3 GB) dropped into a copy of the
# sample data in place of its small NPPES file, then: the first read (rapport import: the checksum and DuckDB's
# reader), the monthly cost with the cache (the same file again: size and date unchanged),
# the file touched (its checksum taken again, not read), a review with it (models on the
# NPPES rows), and DuckDB alone reading the same columns. The generated file is kept in
# bench/out/registry for the next run. Wall clock and peak RSS from GNU time.
# Usage: bench/registry.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-2000000}
WORK=bench/out/registry
JAR=target/rapport.jar
[ -f "$JAR" ] || mvn -q -DskipTests package
mkdir -p "$WORK"
generated="$WORK/nppes-$rows.csv"
if [ ! -f "$generated" ]; then
    started=$(date +%s.%N)
    java -cp "$JAR" bench/NppesFile.java "$generated" "$rows"
    echo "generated $(printf "%'d" "$rows") rows, $(du -h "$generated" | cut -f1), in $(echo "$(date +%s.%N) - $started" | bc) s"
fi
rm -rf "$WORK/data" "$WORK/reports" "$WORK"/*.duckdb*
cp -r sample-data "$WORK/data"
nppes="$WORK/data/registry/npidata_pfile_20050523-20261108.csv"
rm -f "$WORK"/data/registry/npidata_pfile_*
ln "$generated" "$nppes"

measure() {
    local name=$1; shift
    echo "== $name"
    /usr/bin/time -f "   wall %e s, peak RSS %M KB" "$@" 2>&1 | grep -v '^wrote\|^data and' | sed 's/^/   /'
}
measure "first read (rapport import)" java -Xmx512m -jar "$JAR" import --data "$WORK/data" --db "$WORK/rapport.duckdb" --timings
measure "next month, same file (rapport import)" java -Xmx512m -jar "$JAR" import --data "$WORK/data" --db "$WORK/rapport.duckdb" --timings
touch "$nppes"
measure "the file touched: checksum again, not read (rapport import)" java -Xmx512m -jar "$JAR" import --data "$WORK/data" --db "$WORK/rapport.duckdb" --timings
measure "review with the registry (models on the NPPES rows)" java -Xmx512m -jar "$JAR" review --month 2026-10 --data "$WORK/data" --out "$WORK/reports" --db "$WORK/rapport.duckdb" --timings --force
measure "raw engine: DuckDB reading the same 47 columns, its defaults (bench/RawRegistry.java)" \
    java -Xmx512m -cp "$JAR" bench/RawRegistry.java "$nppes" "$WORK/raw.duckdb"
ls -la "$WORK/rapport.duckdb" | awk '{printf "database file: %.0f MB\n", $5 / 1e6}'
