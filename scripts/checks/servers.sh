#!/usr/bin/env bash
# Real-server checks: builds the shipped sample (a copy of SampleCatalog/ and PartnerProfiles/)
# with `edye-delivery build`, generates the nginx and Caddy configurations with the CLI, serves
# the output with the real servers on loopback and checks with curl: ETags across unchanged and
# edited rebuilds and the access logs. Access, headers, conditional requests, request ids, error
# bodies, methods, query strings, query tokens, token expiry, allow-lists and rate limits are
# Swift tests (DeliveryIOTests/ServerConfig: the Served*Tests).
# Prints one line per check and a final "N passed, N failed" line; exits non-zero on a failure.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
# shellcheck source=lib/check.bash
source scripts/checks/lib/check.bash

BIN=${EDYE_DELIVERY:-.build/debug/edye-delivery}
BEARER="claro-video"
BASIC="globo-kids"
PUBLIC="kidsbox-ott"
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

[ -x "$BIN" ] || swift build --product edye-delivery >/dev/null
check "build of the sample copy (signed) exits 0" build_output_tree "$OUT"
for partner in "${PARTNERS[@]}"; do
  check "build: $partner: release 1 signed, the signature verifies" verify_signature "$partner"
done
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"

echo "== nginx"
if run_nginx; then
  unchanged_rebuild_checks
  edit_checks
  nginx_log_checks
else
  check "nginx starts" false
fi
stop_nginx

echo "== caddy"
if run_caddy; then
  revalidate_all_checks caddy
  caddy_log_checks
else
  check "caddy starts" false
fi

finish
