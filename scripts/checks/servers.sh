#!/usr/bin/env bash
# Real-server checks: generates the nginx and Caddy configurations with edye-delivery, serves a
# small output tree with the real servers on loopback, and checks access control, headers,
# conditional requests, precompressed files, the release switch and the access log with curl.
# Prints one line per check and a final "N passed, N failed" line; exits non-zero on a failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

BIN=${EDYE_DELIVERY:-.build/debug/edye-delivery}
ACME_TOKEN="acme-token-0123456789"
BETA_USER="beta"
BETA_PASSWORD="beta pass:word"
WORK=$(mktemp -d)
OUT="$WORK/output"
passed=0
failed=0
server_pid=""

cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; fi
  if [ -f "$WORK/nginx/nginx.pid" ]; then kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null; fi
  sleep 0.2
  rm -rf "$WORK"
}
trap cleanup EXIT

# check NAME COMMAND...: runs COMMAND and records the result.
check() {
  local name=$1
  shift
  if "$@"; then
    echo "ok   $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    failed=$((failed + 1))
  fi
}

# shellcheck source=lib/servers.bash
source "$(dirname "$0")/lib/servers.bash"
# shellcheck source=lib/server-checks.bash
source "$(dirname "$0")/lib/server-checks.bash"

build_output_tree "$OUT"
write_profiles "$WORK/profiles"
printf 'acme:\n  token: "%s"\nbeta:\n  user: "%s"\n  password: "%s"\n' \
  "$ACME_TOKEN" "$BETA_USER" "$BETA_PASSWORD" >"$WORK/secrets.yaml"
[ -x "$BIN" ] || swift build --product edye-delivery >/dev/null
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"

echo "== nginx"
if run_nginx; then
  config_file_checks nginx "$WORK/nginx/nginx.conf"
  access_checks
  header_checks
  switch_checks
  nginx_log_checks
else
  check "nginx starts" false
fi
stop_nginx

echo "== caddy"
reset_v1
if run_caddy; then
  config_file_checks caddy "$WORK/caddy/Caddyfile"
  access_checks
  header_checks
  switch_checks
  caddy_log_checks
else
  check "caddy starts" false
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
