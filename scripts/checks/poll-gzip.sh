#!/usr/bin/env bash
# Issue 17's `poll` checks against the real nginx and Caddy serving the generated configurations:
# a partner with `page_size: 500` and a show of 500 episodes, whose episode page gzips more than
# 25 times smaller (AsyncHTTPClient's own decompression refuses that ratio), syncs and verifies
# through the precompressed `.gz` files; a `.gz` cut short on the server is an integrity failure
# (exit 3) that keeps the mirror, not a transport error (exit 1).
# Prints one line per check and a final "N passed, N failed" line; exits non-zero on a failure.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
# shellcheck source=lib/check.bash
source scripts/checks/lib/check.bash
# shellcheck source=lib/servers.bash
source scripts/checks/lib/servers.bash

BIN=${EDYE_DELIVERY:-$PWD/.build/debug/edye-delivery}
PARTNER=bulk
SHOW=BkShow01
export BULK_TOKEN=bulk-check-token
WORK=$(mktemp -d)
OUT="$WORK/output"
server_pid=""
trap stop_servers EXIT

# bulk_catalog: a Management export of one show with 500 episodes of one season, and the
# partner's profile (page_size 500, bearer credential) and secrets file.
bulk_catalog() {
  mkdir -p "$WORK/catalog/management" "$WORK/profiles"
  python3 - "$WORK/catalog/management/media-page-1.json" "$SHOW" <<'PY'
import json, sys
path, show = sys.argv[1:]
def media(id, title, params, duration):
    return {"id": id, "type": "media", "created": "2025-01-01T12:00:00+00:00",
            "last_modified": "2025-01-02T12:00:00+00:00", "status": "ready",
            "duration": duration, "media_type": "video", "hosting_type": "hosted",
            "mime_type": "video/mp4", "external_id": None,
            "metadata": {"title": title, "description": "Lía y Tomás cantan juntos.",
                         "author": "EDYE", "permalink": "", "category": "Kids",
                         "publish_start_date": "2025-01-10T12:00:00+00:00",
                         "publish_end_date": None, "tags": ["kids"],
                         "custom_params": dict(params, language="es"), "language": "es"}}
items = [media(show, "Canciones de Lía", {"contentType": "series"}, 0)]
items += [media("BkEp%04d" % n, "Episodio %d" % n,
                {"contentType": "episode", "seriesId": show, "seasonNumber": "1",
                 "episodeNumber": str(n)}, 600.0) for n in range(1, 501)]
json.dump({"media": items, "page": 1, "page_length": len(items), "total": len(items)},
          open(path, "w"), ensure_ascii=False, indent=2)
PY
  printf 'id: %s\npage_size: 500\ncredential:\n  scheme: bearer\n  env: BULK_TOKEN\n' "$PARTNER" \
    >"$WORK/profiles/$PARTNER.yaml"
  printf '%s:\n  token: "%s"\n' "$PARTNER" "$BULK_TOKEN" >"$WORK/secrets.yaml"
  "$BIN" build --catalog "$WORK/catalog" --profiles "$WORK/profiles" --output "$OUT" \
    >"$WORK/build.log" 2>&1
}

# ratio FILE: how many times smaller FILE's .gz sibling is, as an integer.
ratio() {
  echo $(($(wc -c <"$1") / $(wc -c <"$1.gz")))
}

# poll STATE: one poll of the partner into STATE; its output goes to $WORK/poll.out.
poll() {
  "$BIN" poll --base-url "$BASE/" --partner "$PARTNER" --state "$1" --once \
    --credential-env BULK_TOKEN >"$WORK/poll.out" 2>&1
}

# mirror_matches STATE: the mirror holds the manifest's files and the manifest, byte for byte
# the served release's.
mirror_matches() {
  local served path
  served=$(readlink -f "$OUT/$PARTNER/v1")
  diff <(cd "$1/current" && find v1 -type f | sort) \
    <( (jq -r '.files[].path' "$served/manifest.json"; echo v1/manifest.json) | sort) || return 1
  for path in $(jq -r '.files[].path' "$served/manifest.json") v1/manifest.json; do
    cmp "$1/current/$path" "$served/${path#v1/}" || return 1
  done
}

# poll_checks SERVER: the well-compressed page syncs; a truncated .gz is exit 3.
poll_checks() {
  local page code
  page="$(readlink -f "$OUT/$PARTNER/v1")/shows/$SHOW/episodes.json"
  check "$1: the server sends the page gzipped" eval \
    "curl -s -H 'Authorization: Bearer $BULK_TOKEN' -H 'Accept-Encoding: gzip' -D - -o /dev/null \
      '$BASE/$PARTNER/v1/shows/$SHOW/episodes.json' | grep -qi '^content-encoding: gzip'"
  poll "$WORK/$1-state"
  code=$?
  check "$1: poll of the 500-episode release exits 0 ($code)" eval "[ $code -eq 0 ] || { cat '$WORK/poll.out'; false; }"
  check "$1: the mirror holds the served release byte for byte" mirror_matches "$WORK/$1-state"
  check "$1: the report says synced release 1" \
    jq -e '.status == "synced" and .release == 1' "$WORK/$1-state/last-sync.json"
  cp "$page.gz" "$WORK/page.gz"
  head -c $(($(wc -c <"$WORK/page.gz") - 16)) "$WORK/page.gz" >"$page.gz"
  poll "$WORK/$1-cut"
  code=$?
  check "$1: a .gz cut short on the server exits 3 (integrity), not 1 ($code)" \
    eval "[ $code -eq 3 ] || { cat '$WORK/poll.out'; false; }"
  check "$1: the message names the file and says it does not decode" \
    grep -q "integrity failure: v1/shows/$SHOW/episodes.json does not decode" "$WORK/poll.out"
  check "$1: no mirror was made from it" [ ! -e "$WORK/$1-cut/current" ]
  cat "$WORK/page.gz" >"$page.gz"
}

[ -x "$BIN" ] || swift build --product edye-delivery >/dev/null
check "build of one show with 500 episodes, page_size 500, exits 0" bulk_catalog
page="$(readlink -f "$OUT/$PARTNER/v1")/shows/$SHOW/episodes.json"
check "its episode page has 500 items" jq -e '.items | length == 500' "$page"
check "its .gz is more than 25 times smaller ($(ratio "$page")x)" [ "$(ratio "$page")" -gt 25 ]
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"

echo "== nginx"
if run_nginx; then poll_checks nginx; else check "nginx starts" false; fi
stop_nginx

echo "== caddy"
if run_caddy; then poll_checks caddy; else check "caddy starts" false; fi

finish
