#!/usr/bin/env bash
# Times the main job on the committed sample data: the whole command (wall clock, peak
# RSS) and each stage as Rapport reports it (--timings), over several runs against the
# database the first run built (the monthly case). Usage: bench/review-sample.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
[ -f target/rapport.jar ] || mvn -q -DskipTests package
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "first run (empty database):"
/usr/bin/time -f "  wall %e s, peak RSS %M KB" java -jar target/rapport.jar review --month 2026-10 --out "$out" \
    --quiet --timings 2>&1 | grep -v '^wrote\|^data' | sed 's/^/  /'
for i in $(seq 1 "$runs"); do
    echo "repeat $i (history in the database):"
    /usr/bin/time -f "  wall %e s, peak RSS %M KB" java -jar target/rapport.jar review --month 2026-10 --out "$out" \
        --quiet --timings 2>&1 | grep -v '^wrote\|^data' | sed 's/^/  /'
done
pdfinfo "$out/2026-10/partnership-review-2026-10.pdf" 2>/dev/null | grep -E '^Pages' || true
