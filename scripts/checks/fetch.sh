#!/usr/bin/env bash
# End-to-end check of `edye-delivery fetch` with the debug binaries against jw-test-server (JW's
# Management API contract on 127.0.0.1): the secret comes from the environment and a wrong one
# exits 1 naming its source; fetch → validate → build publishes the site; a fetch killed with
# SIGKILL while it waits out a 429 leaves the previous catalog byte for byte, and the next fetch
# succeeds without leaving a staging folder; an unchanged upstream gives the same bytes and `build` says "inputs
# unchanged"; fetches killed with SIGKILL at several points while they write the new catalog folder
# (a 20,000-media upstream) leave the previous catalog byte for byte (or, killed after the exchange,
# the complete new one), and the next fetch gives the complete new catalog; a --config rule
# chooses the native series and a bad --config file exits 64; scripts/run with JW_SITE_ID runs
# fetch → validate → build against the stand-in. Prints one line per check
# and "N passed, N failed".
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
  # Generating a large site takes seconds in a debug build on a loaded machine: wait up to 60 s.
  for _ in $(seq 600); do
    grep -q "^listening on " "$work/server.out" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  url=$(awk '/^listening on /{print $3}' "$work/server.out")
  [ -n "$url" ] || { echo "jw-test-server $* did not start"; cat "$work/server.out"; return 1; }
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

# --config: a rule on the media's custom params chooses the native series (every show of the
# generated site is a contentType: series media), fetched from the Delivery base.
config_rule_fetches_the_native_series() {
  printf 'series:\n  from_media:\n    - having_custom_params: {contentType: series}\n' \
    >"$work/fetch.yaml"
  "$BIN" fetch --site-id ChEcK001 --output "$work/configured" --api-base "$url" \
    --delivery-base "$url" --rate 100000 --config "$work/fetch.yaml" --quiet >"$work/out" 2>&1 \
    || { cat "$work/out"; return 1; }
  local series episodes
  series=$(find "$work/configured/series" -name series.json | wc -l)
  episodes=$(find "$work/configured/series" -name episodes.json | wc -l)
  if [ "$series" -ne 74 ] || [ "$episodes" -ne 74 ]; then
    echo "$series series.json and $episodes episodes.json, expected 74 each"
    return 1
  fi
}

# A --config file with a misspelt key is refused before any request: exit 64, file:line: key
# path, and no folder written.
bad_config_exits_64_naming_file_line_and_key() {
  printf 'series:\n  from_media:\n    - having_tag: [kids]\n' >"$work/bad.yaml"
  local code=0
  "$BIN" fetch --site-id ChEcK001 --output "$work/refused" --api-base "$url" \
    --config "$work/bad.yaml" >"$work/out" 2>&1 || code=$?
  [ "$code" -eq 64 ] || { echo "exit $code"; cat "$work/out"; return 1; }
  grep -qF "bad.yaml:3: series.from_media[0]: unknown key \"having_tag\"" "$work/out" \
    || { cat "$work/out"; return 1; }
  [ ! -e "$work/refused" ]
}

# scripts/run with JW_SITE_ID runs fetch → validate → build, here against the stand-in with the
# repository's partner profiles and the --config rule above.
scripts_run_fetches_validates_and_builds() {
  JW_SITE_ID=ChEcK001 JW_CATALOG="$work/run-catalog" JW_API_BASE="$url" JW_DELIVERY_BASE="$url" \
    JW_FETCH_CONFIG="$work/fetch.yaml" scripts/run --output "$work/run-output" >"$work/run.out" 2>&1 \
    || { tail -20 "$work/run.out"; return 1; }
  local steps
  steps=$(grep -o '^== edye-delivery [a-z]*' "$work/run.out" | awk '{print $3}' | paste -sd' ')
  [ "$steps" = "fetch validate build" ] || { echo "steps: $steps"; return 1; }
  diff <(ls "$work/configured/series") <(ls "$work/run-catalog/series") >/dev/null \
    || { echo "the fetch configuration was not used"; return 1; }
  grep -q "release 1 published" "$work/run.out" || { tail -20 "$work/run.out"; return 1; }
}

# Every file of a folder (the hidden fetch state included) with its SHA-256.
tree_of() {
  (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
}

# Starts `fetch --full` against a 20,000-media upstream, waits until its staging folder
# .catalog.fetch-<pid> exists (the listing is done and the new catalog is being written), lets it
# write for $1 seconds and kills it with SIGKILL. Each time the catalog must be the previous one
# byte for byte (the kill landed before the exchange) or the complete new one (after it; the old
# catalog is then put back for the next round). At least one kill must land while files were
# being staged.
killed_while_writing_keeps_the_previous_catalog() {
  cp -a "$work/catalog" "$work/previous" && tree_of "$work/catalog" >"$work/before"
  start_server --generate 20000 || return 1
  "$BIN" fetch --site-id ChEcK001 --output "$work/expected" --api-base "$url" --rate 100000 \
    --quiet >/dev/null 2>&1 || return 1
  tree_of "$work/expected" >"$work/after"
  local delay pid staging staged mid=0
  for delay in 0 0 0 0.002 0.005 0.01 0.02 0.05 0.1 0.2; do
    "$BIN" fetch --site-id ChEcK001 --output "$work/catalog" --api-base "$url" --rate 100000 \
      --full --quiet >"$work/killed.out" 2>&1 &
    pid=$!
    staging="$work/.catalog.fetch-$pid"
    while [ ! -d "$staging" ] && kill -0 "$pid" 2>/dev/null; do :; done
    [ -d "$staging" ] || { echo "fetch $pid ended before writing"; cat "$work/killed.out"; return 1; }
    sleep "$delay"
    kill -9 "$pid"
    wait "$pid" 2>/dev/null
    staged=$(find "$staging" -type f 2>/dev/null | wc -l)
    if tree_of "$work/catalog" | cmp -s - "$work/before"; then
      echo "killed ${delay}s into writing: previous catalog intact ($staged files staged)"
      [ "$staged" -gt 0 ] && mid=$((mid + 1))
    elif tree_of "$work/catalog" | cmp -s - "$work/after"; then
      echo "killed ${delay}s into writing: after the exchange, the new catalog is complete"
      rm -rf "$work/catalog" && cp -a "$work/previous" "$work/catalog"
    else
      echo "killed ${delay}s into writing: the catalog is neither the previous nor the new one"
      tree_of "$work/catalog" | diff - "$work/before" | head
      return 1
    fi
  done
  [ "$mid" -ge 1 ] || { echo "no kill landed while files were being staged"; return 1; }
}

the_fetch_after_the_kills_gives_the_new_catalog() {
  fetch --full --quiet >"$work/out" 2>&1 || { cat "$work/out"; return 1; }
  ! compgen -G "$work/.catalog.fetch-*" >/dev/null || { echo "a staging folder is left"; return 1; }
  tree_of "$work/catalog" | diff - "$work/after"
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
check "a --config rule chooses the native series the media name" \
  config_rule_fetches_the_native_series
check "a bad --config file exits 64 naming file, line and key path" \
  bad_config_exits_64_naming_file_line_and_key
check "scripts/run with JW_SITE_ID runs fetch, validate and build" \
  scripts_run_fetches_validates_and_builds
check "fetches killed with SIGKILL while writing keep the previous catalog" \
  killed_while_writing_keeps_the_previous_catalog
check "the fetch after them gives the complete new catalog, no staging folder left" \
  the_fetch_after_the_kills_gives_the_new_catalog
finish
