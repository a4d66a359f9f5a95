#!/usr/bin/env bash
# Issue 6's acceptance for `edye-delivery logs` and `dashboard` on a real nginx access log:
# a known set of requests (3x 200, 2x 304, 2x 401, 1x 403, 2x 404) against a build of the
# sample, then the report's totals and per-partner counts, the rows' statuses, the 4xx CSV,
# the dashboard's charts and error request ids and, when chromium is installed, a screenshot.
# Prints one line per check and a final "N passed, N failed" line; exits non-zero on a failure.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

TOOL=${EDYE_DELIVERY:-$PWD/.build/debug/edye-delivery}
WORK=$(mktemp -d)
trap 'nginx_stop; rm -rf "$WORK"' EXIT

# shellcheck source=lib/nginx-run.bash
source "$(dirname "$0")/lib/nginx-run.bash"

[ -x "$TOOL" ] || swift build --product edye-delivery >/dev/null
CLARO="Authorization: Bearer $CLARO_TOKEN"
KIDSBOX="Authorization: Bearer $KIDSBOX_TOKEN"

# get EXPECTED CURL-ARGS...: one request; fails unless nginx answers EXPECTED.
get() {
  local expected=$1
  shift
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$@")" = "$expected" ]
}

# etag URL HEADER: the ETag nginx sends for URL, quotes included.
etag() {
  curl -s -o /dev/null -D - -H "$2" "$1" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p'
}

# requests: the known set, in order (the ETag look-ups are the first two 200s).
requests() {
  local manifest="${BASE}claro-video/v1/manifest.json" shows="${BASE}kidsbox-ott/v1/shows.json"
  local manifest_etag shows_etag
  manifest_etag=$(etag "$manifest" "$CLARO")
  shows_etag=$(etag "$shows" "$KIDSBOX")
  [ -n "$manifest_etag" ] && [ -n "$shows_etag" ] &&
    get 200 -H "$CLARO" "${BASE}claro-video/v1/shows.json" &&
    get 304 -H "$CLARO" -H "If-None-Match: $manifest_etag" "$manifest" &&
    get 304 -H "$KIDSBOX" -H "If-None-Match: $shows_etag" "$shows" &&
    get 401 "${BASE}globo-kids/v1/shows.json" &&
    get 401 "${BASE}claro-video/v1/shows.json" &&
    get 403 -H "$CLARO" "$shows" &&
    get 404 -H "$CLARO" "${BASE}claro-video/v1/missing.json" &&
    get 404 -H "$CLARO" "${BASE}claro-video/releases/1/state.json"
}

# has_line PATTERN: the report (in $report) has a line matching the extended regex.
has_line() {
  grep -Eq "$1" <<<"$report"
}

# status_count STATUS: how many rows of the JSON row output have this status.
status_count() {
  jq -s --argjson s "$1" '[.[] | select(.status == $s)] | length' "$WORK/rows.json"
}

if ! sample_build || ! nginx_start; then
  fail_setup "the sample builds and nginx serves it"
fi

# wait_for_lines N: waits (up to 5 s) until the access log has at least N lines; nginx writes
# a line after it has answered, so a client can be done before its line is there.
wait_for_lines() {
  local _
  for _ in $(seq 50); do
    [ "$(wc -l <"$ACCESS_LOG")" -ge "$1" ] && return 0
    sleep 0.1
  done
}

# Only the lines of the known requests, not nginx_start's probe (waited for first).
wait_for_lines 1
before=$(wc -l <"$ACCESS_LOG")
check "nginx answers the 10 known requests as expected" requests
wait_for_lines "$((before + 10))"
sleep 0.2
tail -n +"$((before + 1))" "$ACCESS_LOG" >"$WORK/access.log"
check "nginx logged exactly 10 lines" [ "$(wc -l <"$WORK/access.log")" -eq 10 ]

report=$("$TOOL" logs "$WORK/access.log" --report)
check "report: 10 requests" has_line '^Requests: 10 \(all requests\)'
check "report: claro-video 6 requests, 2x 200, 1x 304, 3x 4xx, no 5xx" \
  has_line '^  claro-video +6 +2 +1 +3 +0 '
check "report: kidsbox-ott 3 requests, 1x 200, 1x 304, 1x 4xx, no 5xx" \
  has_line '^  kidsbox-ott +3 +1 +1 +1 +0 '
check "report: globo-kids 1 request, a 4xx" has_line '^  globo-kids +1 +0 +0 +1 +0 '
check "report: exactly three partners" \
  [ "$(sed -n '/^By partner/,/^$/p' <<<"$report" | grep -cE '^  [a-z-]+ +[0-9]')" -eq 3 ]
check "report: manifest endpoint 2 requests, a 200 and a 304" has_line '^  manifest +2 +1 +1 +0 +0 '
check "report: conditional GETs answered 304: 2/2" \
  has_line 'conditional GETs answered 304: 2/2 \(100\.0 %\)'
check "report: GETs answered 304: 2/10" has_line 'GETs answered 304: 2/10 \(20\.0 %\)'
check "report: no unreadable lines" has_line '^Unreadable: no unreadable lines$'

"$TOOL" logs "$WORK/access.log" --format json >"$WORK/rows.json"
check "rows: 10 JSON rows" [ "$(jq -s length "$WORK/rows.json")" -eq 10 ]
check "rows: 3x 200, 2x 304, 2x 401, 1x 403, 2x 404" \
  [ "$(status_count 200)$(status_count 304)$(status_count 401)$(status_count 403)$(status_count 404)" = 32212 ]

"$TOOL" logs "$WORK/access.log" --status 4xx --format csv >"$WORK/errors.csv"
check "csv --status 4xx: a header and 5 rows" [ "$(wc -l <"$WORK/errors.csv")" -eq 6 ]

"$TOOL" dashboard "$WORK/access.log" --out "$WORK/report.html" >/dev/null
check "dashboard: written with inline SVG charts" grep -q '<svg class="chart"' "$WORK/report.html"
check "dashboard: loads nothing from the network" bash -c "! grep -Eq '(src|href)=\"https?:' '$WORK/report.html'"
error_ids=$(jq -r 'select(.status >= 400) | .request_id' "$WORK/access.log")
missing=0
for id in $error_ids; do grep -q "$id" "$WORK/report.html" || missing=$((missing + 1)); done
check "dashboard: shows the request ids of the 5 errors" \
  [ "$(wc -w <<<"$error_ids") $missing" = "5 0" ]

if command -v chromium >/dev/null; then
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --screenshot="$WORK/dashboard.png" --window-size=1280,1800 "file://$WORK/report.html" \
    >/dev/null 2>&1
  check "screenshot: chromium renders the dashboard to a non-empty PNG" \
    bash -c "[ -s '$WORK/dashboard.png' ] && head -c 8 '$WORK/dashboard.png' | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a'"
else
  echo "skip screenshot: chromium is not installed"
fi

finish
