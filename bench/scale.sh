#!/usr/bin/env bash
# The scale benchmark of issue 8, in one run on the same files: DuckDB itself reading the
# CSVs into a database file (the limit for import), `rapport import` (which only imports),
# `rapport review` from scratch (which also builds the partner list), and `rapport review`
# again with no new data (the monthly case). Prints wall time
# and peak memory (GNU time) of each, and the ratios. Not a test: numbers vary with the
# machine; bench/RESULTS.md records a run.
#   bench/scale.sh [WORK_DIR]   (default /tmp/rapport-bench; the data is generated once)
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=${1:-/tmp/rapport-bench}
JAR=target/rapport.jar
[[ -f $JAR ]] || mvn -q -DskipTests package
mkdir -p "$WORK"
export RAPPORT_PATIENT_KEY=bench-key
rapport=(java -Xmx512m -jar "$JAR")
measure() { # label, command...: runs it, prints "label  wall s  peak RSS MB"
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" > "$WORK/$label.log" 2>&1
    read -r wall rss < "$WORK/time.txt"
    printf '%-34s %8.2f s %8.0f MB\n' "$label" "$wall" "$((rss / 1024))"
    eval "${label//[^a-z_]/_}_wall=$wall"
}

if [[ ! -f $WORK/data/interactions.csv ]]; then
    echo "generating 100,000 partners, 36 months, 10M interactions, 2M referrals (once) ..."
    "${rapport[@]}" generate --out "$WORK/data" --partners 100000 --months 36 --interactions 10000000 \
        --referrals 2000000 --seed 7 >/dev/null
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; $(java -version 2>&1 | head -1)"
echo "data: $(du -sh "$WORK/data" | cut -f1), interactions.csv $(du -h "$WORK/data/interactions.csv" | cut -f1)"
rm -rf "$WORK/raw.duckdb" "$WORK/import.duckdb" "$WORK/out" "$WORK/scratch" "$WORK/sample"
measure "raw engine (read_csv)" java -Xmx512m -cp "$JAR" bench/RawEngine.java "$WORK/data" "$WORK/raw.duckdb"
rm -f "$WORK/raw.duckdb"
measure "raw engine, 32 MB buffers" java -Xmx512m -cp "$JAR" bench/RawEngine.java "$WORK/data" "$WORK/raw.duckdb" \
    $((32 << 20))
measure "rapport import" "${rapport[@]}" import --data "$WORK/data" --db "$WORK/import.duckdb" --timings
measure "rapport review (from scratch)" "${rapport[@]}" review --month 2026-10 --data "$WORK/data" \
    --out "$WORK/scratch" --timings
measure "rapport review (no new data)" "${rapport[@]}" review --month 2026-10 --data "$WORK/data" \
    --out "$WORK/scratch" --timings
measure "rapport review --force (no new data)" "${rapport[@]}" review --month 2026-10 --data "$WORK/data" \
    --out "$WORK/scratch" --timings --force
# The monthly case with new data: the exports of next month are this month's files with a
# month of activity appended (October's rows again as November, new ids; the 31st becomes the
# 30th), the history in the database.
rm -rf "$WORK/monthly" "$WORK/monthly-out" && cp -r "$WORK/data" "$WORK/monthly" && cp -r "$WORK/scratch" "$WORK/monthly-out"
awk -F, 'substr($2, 1, 7) == "2026-10" { sub(/^I/, "N"); sub(/,2026-10-31,/, ",2026-10-30,");
    sub(/,2026-10-/, ",2026-11-"); print }' \
    "$WORK/data/interactions.csv" >> "$WORK/monthly/interactions.csv"
awk -F, 'substr($2, 1, 7) == "2026-10" { sub(/^R/, "N"); sub(/,2026-10-31,/, ",2026-10-30,");
    sub(/,2026-10-/, ",2026-11-"); print }' \
    "$WORK/data/referrals.csv" >> "$WORK/monthly/referrals.csv"
echo "appended for 2026-11: $(grep -c '^N' "$WORK/monthly/interactions.csv") interactions, $(grep -c '^N' "$WORK/monthly/referrals.csv") referrals"
measure "rapport review (a month appended)" "${rapport[@]}" review --month 2026-11 --data "$WORK/monthly" \
    --out "$WORK/monthly-out" --timings
measure "sample data, main command" "${rapport[@]}" review --month 2026-10 --data sample-data --out "$WORK/sample" --quiet
echo
awk -v raw="$raw_engine__read_csv__wall" -v tuned="$raw_engine________buffers_wall" -v imp="$rapport_import_wall" \
    'BEGIN { printf "import / raw engine: %.2fx (with 32 MB buffers: %.2fx)\n", imp / raw, imp / tuned }'
echo "where the time goes (from --timings):"
grep -h -E "^(import |partners|models|waited|CSV|PDF)" "$WORK/rapport review (from scratch).log" | sed 's/^/  scratch  /'
grep -h -E "^(import |partners|models|waited|CSV|PDF)" "$WORK/rapport review --force (no new data).log" | sed 's/^/  forced   /'
grep -h -E "^(imported (interactions|referrals)|import |partners|models|waited|CSV|PDF)" \
    "$WORK/rapport review (a month appended).log" | sed 's/^/  monthly  /'
grep -h "^raw engine" "$WORK/raw engine (read_csv).log" | sed 's/^/  /'
grep -h "^raw engine" "$WORK/raw engine, 32 MB buffers.log" | sed 's/^raw engine/raw engine, 32 MB buffers/; s/^/  /'
grep -h -E "^imported (interactions|referrals)" "$WORK/rapport import.log" | sed 's/^/  /'
