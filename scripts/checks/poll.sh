#!/usr/bin/env bash
# Issue 4's acceptance for `edye-delivery poll` against a real nginx serving a real build of
# the sample: the first sync mirrors every manifest file byte for byte; a poll with nothing new
# is one 304 with no body; after a title edit only the changed files are fetched and the
# episode is reported with field `title`; a corrupted served file exits 3 and keeps the mirror.
# Prints one line per check and a final "N passed, N failed" line; exits non-zero on a failure.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

TOOL=${EDYE_DELIVERY:-$PWD/.build/debug/edye-delivery}
WORK=$(mktemp -d)
PARTNER=claro-video
SHOW=Lq7mR2xa
trap 'nginx_stop; rm -rf "$WORK"' EXIT

# shellcheck source=lib/nginx-run.bash
source "$(dirname "$0")/lib/nginx-run.bash"

[ -x "$TOOL" ] || swift build --product edye-delivery >/dev/null
export POLL_TOKEN=$CLARO_TOKEN

# poll REPORT: one poll of the partner into $WORK/state; prints nothing, returns its exit code.
poll() {
  "$TOOL" poll --base-url "$BASE" --partner "$PARTNER" --state "$WORK/state" --once \
    --credential-env POLL_TOKEN --report "$1" >"$WORK/poll.out" 2>&1
}

# served: the folder of the release the partner's v1 serves now.
served() {
  readlink -f "$WORK/out/$PARTNER/v1"
}

# mirror_matches FOLDER: the mirror holds exactly the manifest's files and the manifest, each
# byte for byte the file FOLDER (a served releases/<N>/v1) holds.
mirror_matches() {
  local folder=$1 path
  diff <(cd "$WORK/state/current" && find v1 -type f | sort) \
    <( (jq -r '.files[].path' "$folder/manifest.json"; echo v1/manifest.json) | sort) >/dev/null ||
    return 1
  for path in $(jq -r '.files[].path' "$folder/manifest.json") v1/manifest.json; do
    cmp -s "$WORK/state/current/$path" "$folder/${path#v1/}" || return 1
  done
}

# changed_paths OLD NEW: the manifest paths of NEW whose sha256 differs from OLD's (or new).
changed_paths() {
  jq -rn --slurpfile old "$1/manifest.json" --slurpfile new "$2/manifest.json" '
    ($old[0].files | map({key: .path, value: .sha256}) | from_entries) as $before
    | $new[0].files[] | select($before[.path] != .sha256) | .path' | sort
}

# retitle OLD NEW: changes an episode's title in every catalog file of the copy that holds it
# (the Management export and the Delivery playlist) and rebuilds.
retitle() {
  grep -rlZ "\"title\": \"$1\"" "$WORK/SampleCatalog" \
    | xargs -0 -r sed -i "s/\"title\": \"$1\"/\"title\": \"$2\"/"
  ! grep -rq "\"title\": \"$1\"" "$WORK/SampleCatalog" && rebuild
}

log_lines() {
  wc -l <"$ACCESS_LOG"
}

if ! sample_build || ! nginx_start; then
  cat "$WORK/nginx/error.log" 2>/dev/null
  fail_setup "the sample builds and nginx serves it"
fi

# 1. The first sync mirrors every file of the manifest.
release1=$(served)
poll "$WORK/first.json"
check "first poll exits 0" [ $? -eq 0 ]
check "first poll reports synced release 1 from nothing" \
  jq -e '.status == "synced" and .release == 1 and .previous_release == null' "$WORK/first.json"
check "first poll fetches every manifest path" \
  diff <(jq -r '.files_fetched[]' "$WORK/first.json") <(jq -r '.files[].path' "$release1/manifest.json" | sort)
check "mirror holds the served release 1 byte for byte" mirror_matches "$release1"

# 2. Nothing new: one request, answered 304, no body.
before=$(log_lines)
poll "$WORK/second.json"
check "second poll exits 0" [ $? -eq 0 ]
check "second poll: unchanged, 1 request, 0 bytes, nothing fetched" \
  jq -e '.status == "unchanged" and .requests == 1 and .bytes_downloaded == 0 and .files_fetched == []' \
  "$WORK/second.json"
new_lines=$(tail -n +"$((before + 1))" "$ACCESS_LOG")
check "nginx logged exactly one new request" [ "$(log_lines)" -eq $((before + 1)) ]
check "that request is the manifest, answered 304 with 0 bytes" \
  jq -e --arg p "/$PARTNER/v1/manifest.json" \
  '.status == 304 and .bytes == 0 and .path == $p and .if_none_match != ""' <<<"$new_lines"

# 3. A title edit: only the files whose sha256 changed are fetched; the episode is reported.
retitle "El búho que no podía dormir" "El búho que no quería dormir"
release2=$(served)
check "the rebuild publishes release 2" [ "$(jq .release "$release2/manifest.json")" -eq 2 ]
changed=$(changed_paths "$release1" "$release2")
changed_bytes=$(jq --argjson paths "$(jq -R . <<<"$changed" | jq -s .)" \
  '[.files[] | select(.path | IN($paths[])) | .bytes] | add' "$release2/manifest.json")
manifest_bytes=$(wc -c <"$release2/manifest.json")
poll "$WORK/third.json"
check "third poll exits 0" [ $? -eq 0 ]
check "third poll fetches exactly the $(wc -l <<<"$changed") changed path(s)" \
  diff <(jq -r '.files_fetched[]' "$WORK/third.json") <(echo "$changed")
check "third poll downloads at most the changed files and the manifest ($((changed_bytes + manifest_bytes)) bytes)" \
  jq -e --argjson max $((changed_bytes + manifest_bytes)) '.bytes_downloaded > 0 and .bytes_downloaded <= $max' \
  "$WORK/third.json"
check "third poll reports exactly episode Lq1e01Ka with field title" \
  jq -e '.status == "synced" and .previous_release == 1 and .release == 2
    and .episodes == {added: [], changed: [{id: "Lq1e01Ka", fields: ["title"]}], removed: []}' \
  "$WORK/third.json"
check "mirror holds the served release 2 byte for byte" mirror_matches "$release2"

# 4. A corrupted served file: exit 3, the mirror keeps release 2.
cp -R "$WORK/state/current/." "$WORK/kept"
retitle "La canción del río" "La canción del arroyo"
release3=$(served)
page="$release3/shows/$SHOW/episodes.json"
check "the rebuild publishes release 3 with a new $SHOW episode page" \
  grep -qx "v1/shows/$SHOW/episodes.json" <(changed_paths "$release2" "$release3")
# Flip one byte in place; the poller asks for gzip, so the .gz sibling nginx serves is
# rewritten from the corrupted file too (same size, same path, different sha256).
printf 'X' | dd of="$page" bs=1 seek=20 conv=notrunc status=none
gzip -n -c "$page" >"$page.gz.tmp" && cat "$page.gz.tmp" >"$page.gz" && rm "$page.gz.tmp"
poll "$WORK/fourth.json"
check "poll of the corrupted release exits 3" [ $? -eq 3 ]
check "the poll names the corrupted file" grep -q "shows/$SHOW/episodes.json" "$WORK/poll.out"
check "the mirror still holds release 2 byte for byte" \
  diff -r "$WORK/kept" "$WORK/state/current"
check "the mirror's manifest is still release 2" \
  jq -e '.release == 2' "$WORK/state/current/v1/manifest.json"

finish
