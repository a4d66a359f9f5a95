#!/usr/bin/env bash
# End-to-end check of `edye-delivery logs` and `dashboard` on the fixture access log:
# plain + gzip input, the report's totals, a filter, CSV, the dashboard file, exit codes.
set -euo pipefail
cd "$(dirname "$0")/../.."
tool=.build/debug/edye-delivery
fixture=Tests/DeliveryCoreTests/Resources/Fixtures/logs/access.log
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

head -n 12 "$fixture" | gzip -n > "$work/access.log.1.gz"
tail -n +13 "$fixture" > "$work/access.log"

report=$("$tool" logs "$work/access.log.1.gz" "$work/access.log" --report)
grep -q '^Requests: 25 (all requests), window 1h$' <<<"$report"
grep -q 'conditional GETs answered 304: 8/10 (80.0 %)' <<<"$report"
grep -q "access.log:1: JSON line cut off" <<<"$report"

rows=$("$tool" logs "$work/access.log.1.gz" "$work/access.log" --status 5xx --format csv 2>/dev/null)
[ "$(wc -l <<<"$rows")" -eq 3 ]

"$tool" dashboard "$work/access.log.1.gz" "$work/access.log" --out "$work/report.html" >/dev/null
grep -q '<svg class="chart"' "$work/report.html"
if grep -q 'https\?://' "$work/report.html"; then exit 1; fi

set +e
"$tool" logs "$work/missing.log" 2>/dev/null; missing=$?
"$tool" logs "$fixture" --status 6xx 2>/dev/null; invalid=$?
set -e
[ "$missing" -eq 1 ] && [ "$invalid" -eq 64 ]
echo "logs check passed"
