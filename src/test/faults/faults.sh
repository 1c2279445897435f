#!/usr/bin/env bash
# Process-level faults the JUnit suite cannot produce: kill -9 during an import and during
# report writing, a database held by another run, a read-only output folder or database
# folder, a full disk under the outputs and under the database, a month half written when
# the disk fills, a full disk during the final save, the modes of the files DuckDB leaves
# after kill -9 (the script runs under umask 022: Rapport must not rely on it). Each case asserts the
# exact outcome (exit code, one clear line, files intact, and after recovery the same
# numbers as an uninterrupted run). Needs the jar (mvn package) and root or a user
# namespace for the small tmpfs mounts. Run by .ci/run after the test suite.
set -uo pipefail
cd "$(dirname "$0")/../../.."
JAR="$PWD/target/rapport.jar"
SAMPLE="$PWD/sample-data"

if [[ $(id -u) -ne 0 ]]; then
    exec unshare --map-root-user --mount "$0" "$@"
fi

WORK=$(mktemp -d /tmp/rapport-faults.XXXXXX)
MOUNTS=()
cleanup() {
    for m in "${MOUNTS[@]}"; do umount "$m" 2>/dev/null; done
    rm -rf "$WORK"
}
trap cleanup EXIT
umask 022
export RAPPORT_PATIENT_KEY=fault-script-key
export RAPPORT_CONFIG_HOME="$WORK/config"
failures=0
pass() { echo "PASS  $1"; }
fail() { echo "FAIL  $1"; failures=$((failures + 1)); }
# An array, not a function: a function run with & is a subshell, and kill -9 would miss java.
rapport=(java -Xmx512m -jar "$JAR")
mount_tmpfs() { mkdir -p "$1" && mount -t tmpfs -o "size=$2" tmpfs "$1" && MOUNTS+=("$1"); }
# The disk cases need a small tmpfs; a machine that allows no mount at all says so instead of failing.
if mount_tmpfs "$WORK/probe" 1m; then CAN_MOUNT=1; else CAN_MOUNT=0; fi
disk_cases() {
    if [[ $CAN_MOUNT -eq 0 ]]; then
        echo "SKIP  $1: this machine allows no tmpfs mount (not root, no user namespaces)"
        return 1
    fi
}
one_line() { [[ $(grep -c . "$1") -eq 1 ]] && ! grep -q "Exception\|\sat " "$1"; }
same_outputs() { diff -r "$1/data" "$2/data" >/dev/null && diff -r "$1/actions" "$2/actions" >/dev/null; }
checksums() { (cd "$1" && find . -type f ! -name '*.tmp' -print0 | sort -z | xargs -0 sha256sum); }

echo "== data: the committed sample, and a larger generated folder for the kill cases"
set -e
"${rapport[@]}" generate --out "$WORK/big" --partners 3000 --months 24 --interactions 400000 --referrals 100000 >/dev/null
"${rapport[@]}" review --month 2026-10 --data "$WORK/big" --db "$WORK/big-ref.duckdb" --out "$WORK/big-ref" --quiet >/dev/null
"${rapport[@]}" review --month 2026-10 --data "$SAMPLE" --db "$WORK/sample-ref.duckdb" --out "$WORK/sample-ref" --quiet >/dev/null
set +e

echo "== kill -9 during an import, at three moments; the next run completes with the same numbers"
# The moments are fractions of this machine's own uninterrupted import: fixed delays outlived the
# import on a faster machine, and a kill after the end tests nothing.
start=$(date +%s%3N)
"${rapport[@]}" import --data "$WORK/big" --db "$WORK/timed.duckdb" --quiet >/dev/null 2>&1
took=$(($(date +%s%3N) - start))
for percent in 20 50 85; do
    ms=$((took * percent / 100))
    delay=$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))
    db="$WORK/killed-$delay.duckdb"
    "${rapport[@]}" import --data "$WORK/big" --db "$db" --quiet >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    kill -9 "$pid" 2>/dev/null
    wait "$pid"; rc=$?
    out="$WORK/killed-$delay-out"
    "${rapport[@]}" review --month 2026-10 --data "$WORK/big" --db "$db" --out "$out" --quiet >/dev/null 2>"$out.err"
    rerun=$?
    if [[ $rc -eq 137 && $rerun -eq 0 ]] && same_outputs "$WORK/big-ref/2026-10" "$out/2026-10"; then
        pass "import killed after ${delay}s: the re-run completes and every model CSV equals the uninterrupted run"
    else
        fail "import killed after ${delay}s (kill rc $rc, re-run rc $rerun): $(head -c 300 "$out.err")"
    fi
done

echo "== kill -9 while the WAL exists (under umask 022): the WAL and the database left behind are owner-only"
db="$WORK/wal-kill.duckdb"
"${rapport[@]}" import --data "$WORK/big" --db "$db" --quiet >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 1000); do
    if [[ -e "$db.wal" ]]; then break; fi
    sleep 0.02
done
kill -9 "$pid" 2>/dev/null
wait "$pid"
left=$(cd "$WORK" && stat -c '%n %a' wal-kill.duckdb* 2>/dev/null | tr '\n' ' ')
if [[ "$left" == *"wal-kill.duckdb.wal 600"* && -z "$(stat -c '%a' "$db"* | grep -v '^[67]00$')" ]]; then
    pass "import killed while its WAL existed: $left"
else
    fail "import killed while its WAL existed: no owner-only WAL left, or files readable by others: ${left:-nothing}"
fi

echo "== kill -9 while the report is written; previous outputs stay whole, the next run completes"
cp "$WORK/big-ref.duckdb" "$WORK/report-kill.duckdb"
cp -r "$WORK/big-ref" "$WORK/report-kill"
before=$(checksums "$WORK/report-kill/2026-10")
"${rapport[@]}" review --month 2026-10 --data "$WORK/big" --db "$WORK/report-kill.duckdb" --out "$WORK/report-kill" --quiet \
    --force >/dev/null 2>&1 &
pid=$!
# The month is written into a hidden sibling folder and switched in at the end: kill it while the PDF is written there.
for _ in $(seq 1 400); do
    if compgen -G "$WORK/report-kill/.2026-10.staging-*/.partnership-review*.tmp" >/dev/null; then break; fi
    sleep 0.02
done
kill -9 "$pid" 2>/dev/null
wait "$pid"; rc=$?
after=$(checksums "$WORK/report-kill/2026-10")
pdf="$WORK/report-kill/2026-10/partnership-review-2026-10.pdf"
if [[ $rc -eq 137 && "$before" == "$after" ]] && tail -c 1024 "$pdf" | grep -q '%%EOF'; then
    pass "report killed while writing the PDF: every previous output is byte-identical and the PDF is whole"
else
    fail "report killed while writing (rc $rc): previous outputs changed or PDF damaged"
fi
"${rapport[@]}" review --month 2026-10 --data "$WORK/big" --db "$WORK/report-kill.duckdb" --out "$WORK/report-kill" --quiet \
    >/dev/null 2>"$WORK/report-kill.err"
rc=$?
leftovers=$(find "$WORK/report-kill" -name '*.tmp' -o -name '.2026-10.*' | wc -l)
if [[ $rc -eq 0 && $leftovers -eq 0 ]] && same_outputs "$WORK/big-ref/2026-10" "$WORK/report-kill/2026-10"; then
    pass "the run after the kill completes, leaves no temporary files, and gives the same CSVs"
else
    fail "run after a killed report: rc $rc, $leftovers temporary files left"
fi

echo "== a database held by another run"
cp "$WORK/big-ref.duckdb" "$WORK/locked.duckdb"
"${rapport[@]}" review --month 2026-10 --data "$WORK/big" --db "$WORK/locked.duckdb" --out "$WORK/locked-1" --quiet \
    >/dev/null 2>&1 &
first=$!
sleep 1.2
"${rapport[@]}" review --month 2026-10 --data "$WORK/big" --db "$WORK/locked.duckdb" --out "$WORK/locked-2" --quiet \
    >/dev/null 2>"$WORK/locked.err"
rc=$?
wait "$first"; first_rc=$?
if [[ $rc -eq 5 && $first_rc -eq 0 ]] && one_line "$WORK/locked.err" \
        && grep -q "another Rapport run is using $WORK/locked.duckdb" "$WORK/locked.err"; then
    pass "second run on a held database: exit 5, one line ($(cat "$WORK/locked.err")); the first run finishes"
else
    fail "held database: rc $rc (first $first_rc): $(cat "$WORK/locked.err")"
fi

read_only_and_full_disk() {
echo "== a read-only output folder"
mount_tmpfs "$WORK/ro-out" 16m
"${rapport[@]}" review --month 2026-10 --data "$SAMPLE" --db "$WORK/ro.duckdb" --out "$WORK/ro-out" --quiet >/dev/null
before=$(checksums "$WORK/ro-out")
mount -o remount,ro "$WORK/ro-out"
"${rapport[@]}" review --month 2026-10 --data "$SAMPLE" --db "$WORK/ro.duckdb" --out "$WORK/ro-out" --quiet \
    --force >/dev/null 2>"$WORK/ro-out.err"
rc=$?
if [[ $rc -eq 6 && "$before" == "$(checksums "$WORK/ro-out")" ]] && one_line "$WORK/ro-out.err" \
        && grep -q "not writable" "$WORK/ro-out.err"; then
    pass "read-only output folder: exit 6, one line ($(cat "$WORK/ro-out.err")), previous outputs intact"
else
    fail "read-only output folder: rc $rc: $(cat "$WORK/ro-out.err")"
fi

echo "== a database in a read-only folder"
mount_tmpfs "$WORK/ro-db" 16m
cp "$WORK/sample-ref.duckdb" "$WORK/ro-db/rapport.duckdb"
before=$(sha256sum < "$WORK/ro-db/rapport.duckdb")
mount -o remount,ro "$WORK/ro-db"
"${rapport[@]}" review --month 2026-10 --data "$SAMPLE" --db "$WORK/ro-db/rapport.duckdb" --out "$WORK/ro-db-out" --quiet \
    >/dev/null 2>"$WORK/ro-db.err"
rc=$?
if [[ $rc -eq 6 && "$before" == "$(sha256sum < "$WORK/ro-db/rapport.duckdb")" ]] && one_line "$WORK/ro-db.err"; then
    pass "database in a read-only folder: exit 6, one line ($(cat "$WORK/ro-db.err")), database unchanged"
else
    fail "database in a read-only folder: rc $rc: $(cat "$WORK/ro-db.err")"
fi

echo "== a full disk under the outputs"
mount_tmpfs "$WORK/full-out" 8m
"${rapport[@]}" review --month 2026-10 --data "$SAMPLE" --db "$WORK/full.duckdb" --out "$WORK/full-out" --quiet >/dev/null
before=$(checksums "$WORK/full-out")
dd if=/dev/zero of="$WORK/full-out/filler" bs=64k 2>/dev/null
"${rapport[@]}" review --month 2026-10 --data "$SAMPLE" --db "$WORK/full.duckdb" --out "$WORK/full-out" --quiet \
    --force >/dev/null 2>"$WORK/full-out.err"
rc=$?
rm -f "$WORK/full-out/filler"
if [[ $rc -eq 6 && "$before" == "$(checksums "$WORK/full-out")" ]] && one_line "$WORK/full-out.err" \
        && grep -q "disk is full" "$WORK/full-out.err"; then
    pass "full disk under the outputs: exit 6, one line ($(cat "$WORK/full-out.err")), previous outputs intact"
else
    fail "full disk under the outputs: rc $rc: $(cat "$WORK/full-out.err")"
fi

echo "== a full disk under the database; after freeing space the run completes with the same numbers"
mount_tmpfs "$WORK/full-db" 1m
"${rapport[@]}" review --month 2026-10 --data "$SAMPLE" --db "$WORK/full-db/rapport.duckdb" --out "$WORK/full-db-out" --quiet \
    >/dev/null 2>"$WORK/full-db.err"
rc=$?
mount -o remount,size=64m "$WORK/full-db"
"${rapport[@]}" review --month 2026-10 --data "$SAMPLE" --db "$WORK/full-db/rapport.duckdb" --out "$WORK/full-db-out" --quiet \
    >/dev/null 2>"$WORK/full-db-2.err"
rerun=$?
# The message names the database's disk, not the file being imported when the disk filled.
if [[ $rc -eq 6 && $rerun -eq 0 ]] && one_line "$WORK/full-db.err" \
        && grep -qF "the disk holding $WORK/full-db/rapport.duckdb is full" "$WORK/full-db.err" \
        && same_outputs "$WORK/sample-ref/2026-10" "$WORK/full-db-out/2026-10"; then
    pass "full disk under the database: exit 6, one line ($(cat "$WORK/full-db.err")); after freeing space the same CSVs"
else
    fail "full disk under the database: rc $rc, re-run $rerun: $(cat "$WORK/full-db.err" "$WORK/full-db-2.err")"
fi

echo "== the disk fills while the month is written: every old file stays, none half new"
mount_tmpfs "$WORK/half" 16m
"${rapport[@]}" review --month 2026-10 --data "$SAMPLE" --db "$WORK/half.duckdb" --out "$WORK/half" --quiet >/dev/null
cp -r "$SAMPLE" "$WORK/half-data"
echo "R9999999,2026-10-20,in,C00001,PT000001,,TMJ,scheduled" >> "$WORK/half-data/referrals.csv"
"${rapport[@]}" review --month 2026-10 --data "$WORK/half-data" --db "$WORK/half-ref.duckdb" --out "$WORK/half-ref" \
    --quiet >/dev/null
before=$(checksums "$WORK/half/2026-10")
# Room for about half of a month's outputs: some new CSVs fit, the rest do not.
room=$(( $(du -sb "$WORK/half/2026-10" | cut -f1) / 2 ))
avail=$(df --output=avail -B1 "$WORK/half" | tail -1)
head -c $(( avail - room )) /dev/zero > "$WORK/half/filler" 2>/dev/null
"${rapport[@]}" review --month 2026-10 --data "$WORK/half-data" --db "$WORK/half.duckdb" --out "$WORK/half" --quiet \
    >/dev/null 2>"$WORK/half.err"
rc=$?
staged=$(find "$WORK/half" -maxdepth 1 -name '.2026-10.*' | wc -l)
if [[ $rc -eq 6 && "$before" == "$(checksums "$WORK/half/2026-10")" && $staged -eq 0 ]] && one_line "$WORK/half.err" \
        && grep -q "disk is full" "$WORK/half.err"; then
    pass "disk full halfway through the month: exit 6, one line ($(cat "$WORK/half.err")), every old output as it was"
else
    fail "disk full halfway through the month: rc $rc, $staged staged folders left: $(cat "$WORK/half.err")"
fi
rm -f "$WORK/half/filler"
"${rapport[@]}" review --month 2026-10 --data "$WORK/half-data" --db "$WORK/half.duckdb" --out "$WORK/half" --quiet \
    >/dev/null 2>"$WORK/half-2.err"
rc=$?
if [[ $rc -eq 0 ]] && same_outputs "$WORK/half-ref/2026-10" "$WORK/half/2026-10"; then
    pass "after freeing space the month is written whole, equal to an uninterrupted run"
else
    fail "after freeing space: rc $rc: $(cat "$WORK/half-2.err")"
fi

echo "== a full disk during the database's final save is a failure, never exit 0"
mount_tmpfs "$WORK/save" 64m
"${rapport[@]}" review --month 2026-10 --data "$SAMPLE" --db "$WORK/save-base.duckdb" --out "$WORK/save-base-out" --quiet \
    >/dev/null
hit=0
bad=""
# From too little room to plenty: each run either saves everything (exit 0, no WAL left) or says the disk is full.
for free_kb in 32 128 512 1024 2048 4096 8192; do
    rm -f "$WORK/save/"*
    cp "$WORK/save-base.duckdb" "$WORK/save/rapport.duckdb"
    avail=$(df --output=avail -B1 "$WORK/save" | tail -1)
    head -c $(( avail - free_kb * 1024 )) /dev/zero > "$WORK/save/filler" 2>/dev/null
    "${rapport[@]}" review --month 2026-10 --data "$WORK/half-data" --db "$WORK/save/rapport.duckdb" \
        --out "$WORK/save-out-$free_kb" --quiet >/dev/null 2>"$WORK/save-$free_kb.err"
    rc=$?
    if [[ $rc -eq 6 ]] && one_line "$WORK/save-$free_kb.err" && grep -q "is full" "$WORK/save-$free_kb.err"; then
        hit=$((hit + 1))
    elif [[ $rc -ne 0 || -e "$WORK/save/rapport.duckdb.wal" ]]; then
        bad="$bad [$free_kb KB free: rc $rc, WAL $( [[ -e "$WORK/save/rapport.duckdb.wal" ]] && echo left || echo gone): $(head -c 200 "$WORK/save-$free_kb.err")]"
    fi
done
rm -f "$WORK/save/filler"
"${rapport[@]}" review --month 2026-10 --data "$WORK/half-data" --db "$WORK/save/rapport.duckdb" --out "$WORK/save-out" \
    --quiet >/dev/null 2>"$WORK/save.err"
rc=$?
if [[ -z "$bad" && $hit -gt 0 && $rc -eq 0 ]] && same_outputs "$WORK/half-ref/2026-10" "$WORK/save-out/2026-10"; then
    pass "full disk while saving the database: exit 6 saying the disk is full ($hit of 7 sizes), else exit 0 and nothing left unsaved; after freeing space the same CSVs"
else
    fail "full disk while saving the database: $hit failures said so;$bad; re-run rc $rc: $(cat "$WORK/save.err")"
fi

}
if disk_cases "read-only folders and full disks"; then
    read_only_and_full_disk
fi

echo
if [[ $failures -gt 0 ]]; then
    echo "$failures fault case(s) failed"
    exit 1
fi
echo "every fault case passed"
