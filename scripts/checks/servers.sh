#!/usr/bin/env bash
# Real-server checks: builds the shipped sample (a copy of SampleCatalog/ and PartnerProfiles/)
# with `edye-delivery build`, generates the nginx and Caddy configurations with the CLI, serves
# the output with the real servers on loopback and checks with curl: ETags across unchanged and
# edited rebuilds, request ids, error bodies, methods, query strings, token expiry, allow-lists,
# rate limits and the access logs. Access, headers and conditional requests are Swift tests
# (DeliveryIOTests: ServedAccessTests, ServedCachingTests).
# Prints one line per check and a final "N passed, N failed" line; exits non-zero on a failure.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
# shellcheck source=lib/check.bash
source scripts/checks/lib/check.bash

BIN=${EDYE_DELIVERY:-.build/debug/edye-delivery}
BEARER="claro-video"
BASIC="globo-kids"
PUBLIC="kidsbox-ott"
QUERY="claro-query"
QUERY_PARAM="access_token"
QUERY_TOKEN="claro-query-token_0123.~"
PARTNERS=("$BEARER" "$BASIC" "$PUBLIC")
BEARER_TOKEN="claro-token-0123456789"
BASIC_USER="globo"
BASIC_PASSWORD="globo pass:word"
EDIT_SHOW="Lq7mR2xa"
EDIT_EPISODE="Lq1e01Ka"
WORK=$(mktemp -d)
OUT="$WORK/output"
server_pid=""

# shellcheck source=lib/servers.bash
source "$(dirname "$0")/lib/servers.bash"
trap stop_servers EXIT
# shellcheck source=lib/server-checks.bash
source "$(dirname "$0")/lib/server-checks.bash"
# shellcheck source=lib/release-checks.bash
source "$(dirname "$0")/lib/release-checks.bash"
# shellcheck source=lib/annex-checks.bash
source "$(dirname "$0")/lib/annex-checks.bash"

[ -x "$BIN" ] || swift build --product edye-delivery >/dev/null
check "build of the sample copy (signed) exits 0" build_output_tree "$OUT"
for partner in "${PARTNERS[@]}"; do
  check "build: $partner: release 1 signed, the signature verifies" verify_signature "$partner"
done
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"

echo "== nginx"
rotation_secrets 4
if run_nginx; then
  expiry_checks
  unchanged_rebuild_checks
  edit_checks
  request_id_checks nginx
  error_body_checks nginx
  method_checks nginx
  edge_checks nginx
  query_checks nginx
  query_token_checks nginx
  allow_ips_checks nginx
  rate_limit_checks
  nginx_log_checks
else
  check "nginx starts" false
fi
stop_nginx

echo "== caddy"
rotation_secrets 600
if run_caddy; then
  revalidate_all_checks caddy
  request_id_checks caddy
  error_body_checks caddy
  method_checks caddy
  edge_checks caddy
  query_checks caddy
  query_token_checks caddy
  allow_ips_checks caddy
  caddy_rate_limit_checks
  caddy_log_checks
else
  check "caddy starts" false
fi

finish
