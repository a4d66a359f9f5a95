#!/usr/bin/env bash
# Smoke check of the benchmark harness: runs `scripts/bench --quick` on 10,000 episodes and 3
# partners with the debug binary (and a fetch of a 10,000-episode site from jw-test-server),
# then checks that validate on the generated catalog exits 0
# or 1 without a crash and that every built manifest parses. Prints one line per check and a
# final "N passed, N failed" line; exits non-zero on a failure.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
# shellcheck source=lib/check.bash
source scripts/checks/lib/check.bash

BIN=${EDYE_DELIVERY:-.build/debug/edye-delivery}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT


bench_runs() {
  scripts/bench --sizes 10000 --partners 3 --quick --fetch-size 10000 --binary "$BIN" \
    --work "$WORK" --keep-work >"$WORK/bench.log" 2>&1 || { tail -20 "$WORK/bench.log"; return 1; }
}

results_have_every_step() {
  local step
  for step in "validate" "build (full)" "build (no change)" "build (1 episode)" \
    "build (1% edited)" "diff (last 2 releases)" "floor: total" "poll (no change)" \
    "fetch (full)" "fetch (after 1 edit)"; do
    jq -e --arg step "$step" 'any(.rows[]; .step == $step)' "$WORK/bench-results.json" \
      >/dev/null || { echo "no row for $step"; return 1; }
  done
}

validate_does_not_crash() {
  local code
  "$BIN" validate --catalog "$WORK/10000/catalog" --profiles "$WORK/10000/profiles" \
    >/dev/null 2>&1
  code=$?
  [ "$code" -lt 2 ] || { echo "validate exited $code"; return 1; }
}

manifests_parse() {
  local manifest count=0
  while IFS= read -r manifest; do
    jq -e '.files | length > 0' "$manifest" >/dev/null || { echo "bad $manifest"; return 1; }
    count=$((count + 1))
  done < <(find "$WORK/10000/output" -path '*/releases/*/v1/manifest.json')
  [ "$count" -ge 3 ] || { echo "only $count manifests"; return 1; }
}

poll_without_change_sends_one_request() {
  jq -e '.rows[] | select(.step == "poll (no change)") | .requests == 1' \
    "$WORK/bench-results.json" >/dev/null
}

builds_have_stage_seconds_from_the_report() {
  jq -e '[.rows[] | select(.step | startswith("build (")) | .stages] | length >= 4
    and all(has("read"))' "$WORK/bench-results.json" >/dev/null || return 1
  jq -e '.rows[] | select(.step == "build (full)") | .stages | .render > 0 and .write > 0' \
    "$WORK/bench-results.json" >/dev/null
}

fetch_after_one_edit_is_small() {
  jq -e '.rows[] | select(.step == "fetch (full)") | .fetch.media > 10000' \
    "$WORK/bench-results.json" >/dev/null || { echo "full fetch incomplete"; return 1; }
  jq -e '.rows[] | select(.step == "fetch (after 1 edit)") | .requests <= 2 and .changed == 1' \
    "$WORK/bench-results.json" >/dev/null
}

[ -x "$BIN" ] || swift build --product edye-delivery >/dev/null
[ -x "$(dirname "$BIN")/jw-test-server" ] || swift build --product jw-test-server >/dev/null
check "scripts/bench --quick completes" bench_runs
check "bench results have every step" results_have_every_step
check "validate on the generated catalog exits 0 or 1" validate_does_not_crash
check "every built manifest parses" manifests_parse
check "every build row has its stage seconds (from build --report)" \
  builds_have_stage_seconds_from_the_report
check "a poll with no change sends one request" poll_without_change_sends_one_request
check "a fetch after one upstream edit makes at most 2 requests" fetch_after_one_edit_is_small

finish
