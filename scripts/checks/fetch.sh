#!/usr/bin/env bash
# End-to-end check of `edye-delivery fetch` with the debug binaries against jw-test-server (JW's
# Management API contract on 127.0.0.1): the secret comes from the environment and a wrong one
# exits 1 naming its source; fetch → validate → build publishes the site; a fetch killed with
# SIGKILL while it waits out a 429 leaves the previous catalog byte for byte, and the next fetch
# succeeds without leaving a staging folder; an unchanged upstream gives the same bytes and `build` says "inputs
# unchanged". Prints one line per check and "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
# shellcheck source=lib/check.bash
source scripts/checks/lib/check.bash

BIN=${EDYE_DELIVERY:-.build/debug/edye-delivery}
SERVER=$(dirname "$BIN")/jw-test-server
[ -x "$BIN" ] || swift build --product edye-delivery >/dev/null
[ -x "$SERVER" ] || swift build --product jw-test-server >/dev/null
work=$(mktemp -d)
server_pid=
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export JW_API_SECRET=check-secret

# Starts the stub with extra arguments; sets $url.
start_server() {
  [ -n "$server_pid" ] && { kill "$server_pid"; wait "$server_pid" 2>/dev/null; }
  "$SERVER" --site ChEcK001 --secret-env JW_API_SECRET --generate 3000 "$@" >"$work/server.out" &
  server_pid=$!
  for _ in $(seq 100); do
    grep -q "^listening on " "$work/server.out" 2>/dev/null && break
    sleep 0.1
  done
  url=$(awk '/^listening on /{print $3}' "$work/server.out")
  [ -n "$url" ]
}

fetch() {
  "$BIN" fetch --site-id ChEcK001 --output "$work/catalog" --api-base "$url" --rate 100000 "$@"
}

snapshot() {
  (cd "$work/catalog" && find . -path ./.fetch -prune -o -type f -print0 | sort -z \
    | xargs -0 sha256sum)
}

wrong_secret_exits_1_naming_the_source() {
  local code=0
  JW_API_SECRET=wrong fetch >"$work/out" 2>&1 || code=$?
  [ "$code" -eq 1 ] && grep -q "the environment variable JW_API_SECRET" "$work/out" \
    && [ ! -e "$work/catalog" ]
}

no_secret_is_a_bad_invocation() {
  local code=0
  env -u JW_API_SECRET "$BIN" fetch --site-id ChEcK001 --output "$work/catalog" \
    --api-base "$url" >"$work/out" 2>&1 || code=$?
  [ "$code" -eq 64 ] && grep -q "JW_API_SECRET" "$work/out"
}

fetch_validate_build_publishes() {
  fetch --report "$work/report.json" >"$work/out" 2>&1 || { cat "$work/out"; return 1; }
  jq -e '.media == 3000 and .full' "$work/report.json" >/dev/null || return 1
  mkdir -p "$work/profiles" && echo "id: acme" >"$work/profiles/acme.yaml"
  "$BIN" validate --catalog "$work/catalog" --profiles "$work/profiles" >"$work/validate" 2>&1
  [ $? -lt 2 ] || return 1
  "$BIN" build --catalog "$work/catalog" --profiles "$work/profiles" --output "$work/output" \
    >"$work/build" 2>&1 || { cat "$work/build"; return 1; }
  grep -q "acme: 74 shows, 2926 episodes; release 1 published" "$work/build" \
    || { cat "$work/build"; return 1; }
}

killed_fetch_keeps_the_previous_catalog() {
  snapshot >"$work/before"
  start_server --rate-limit 1 --rate-window 30 --hint retry-after || return 1
  "$BIN" fetch --site-id ChEcK001 --output "$work/catalog" --api-base "$url" --rate 100000 \
    --full >"$work/killed.out" 2>&1 &
  local pid=$!
  sleep 2
  grep -q "status 429" "$work/killed.out" || { echo "the fetch was not waiting on a 429"; cat "$work/killed.out"; return 1; }
  kill -9 "$pid"
  wait "$pid" 2>/dev/null
  kill -0 "$pid" 2>/dev/null && { echo "fetch $pid still runs"; return 1; }
  snapshot | diff - "$work/before"
}

next_fetch_succeeds_and_changes_nothing() {
  start_server || return 1
  fetch --report "$work/report.json" >"$work/out" 2>&1 || { cat "$work/out"; return 1; }
  compgen -G "$work/.catalog.fetch-*" >/dev/null && return 1
  jq -e '(.added + .changed + .removed | length) == 0' "$work/report.json" >/dev/null || return 1
  snapshot | diff - "$work/before"
}

unchanged_upstream_means_inputs_unchanged() {
  "$BIN" build --catalog "$work/catalog" --profiles "$work/profiles" --output "$work/output" \
    >"$work/build2" 2>&1 || return 1
  grep -q "inputs unchanged" "$work/build2" || { cat "$work/build2"; return 1; }
}

start_server || { echo "jw-test-server did not start"; exit 1; }
check "a wrong secret exits 1 and names its source" wrong_secret_exits_1_naming_the_source
check "no secret is a bad invocation (64)" no_secret_is_a_bad_invocation
check "fetch, validate and build publish the site" fetch_validate_build_publishes
check "a fetch killed with SIGKILL keeps the previous catalog" killed_fetch_keeps_the_previous_catalog
check "the next fetch succeeds, leaves no staging folder and changes nothing" \
  next_fetch_succeeds_and_changes_nothing
check "an unchanged upstream makes build say inputs unchanged" \
  unchanged_upstream_means_inputs_unchanged
finish
