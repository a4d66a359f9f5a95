# The curl checks of scripts/checks/servers.sh, shared by nginx and Caddy where they agree.
# Sourced, not run. Uses BASE, WORK, OUT, BEARER, BASIC, PUBLIC (partner ids), BEARER_TOKEN,
# BASIC_USER, BASIC_PASSWORD, EDIT_SHOW and check().
# shellcheck disable=SC2153 # BEARER and BASIC are set by scripts/checks/servers.sh

# fetch NAME CURL-ARGS...: saves headers to $WORK/r/NAME.h and the body to $WORK/r/NAME.b.
fetch() {
  mkdir -p "$WORK/r"
  curl -s -D "$WORK/r/$1.h" -o "$WORK/r/$1.b" "${@:2}"
}

# header NAME FIELD: every value of a response header field, one per line, without CR.
header() {
  grep -i "^$2:" "$WORK/r/$1.h" | cut -d: -f2- | sed 's/^ *//; s/\r$//'
}

status_is() { [ "$(head -1 "$WORK/r/$1.h" | cut -d' ' -f2)" = "$2" ]; }
has_header() { [ "$(header "$1" "$2")" = "$3" ]; }
strong_etag() { header "$1" ETag | grep -Eq '^"[^"]+"$'; }
same_header() { [ -n "$(header "$1" "$3")" ] && [ "$(header "$1" "$3")" = "$(header "$2" "$3")" ]; }
differs() { [ "$(header "$1" ETag)" != "$(header "$2" ETag)" ]; }
expect_status() {
  local want=$1
  shift
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$@")" = "$want" ]
}
jq_true() { jq -e "$@" >/dev/null; }
gunzip_equals() { gzip -dc "$WORK/r/$1.b" | cmp -s - "$WORK/r/$2.b"; }

access_checks() {
  local bearer=(-H "Authorization: Bearer $BEARER_TOKEN") basic=(-u "$BASIC_USER:$BASIC_PASSWORD")
  fetch anon "$BASE/$BEARER/v1/shows.json"
  check "no credential: 401 with a Bearer challenge" \
    eval 'status_is anon 401 && header anon WWW-Authenticate | grep -q "^Bearer realm="'
  fetch anonb "$BASE/$BASIC/v1/shows.json"
  check "no credential: 401 with a Basic challenge" \
    eval 'status_is anonb 401 && header anonb WWW-Authenticate | grep -q "^Basic realm="'
  check "unknown token: 401" expect_status 401 -H "Authorization: Bearer nope" "$BASE/$BEARER/v1/shows.json"
  check "wrong password: 401" expect_status 401 -u "$BASIC_USER:nope" "$BASE/$BASIC/v1/shows.json"
  check "another partner's token: 403" expect_status 403 "${bearer[@]}" "$BASE/$BASIC/v1/shows.json"
  check "another partner's basic credential: 403" expect_status 403 "${basic[@]}" "$BASE/$BEARER/v1/shows.json"
  check "bearer partner: 200" expect_status 200 "${bearer[@]}" "$BASE/$BEARER/v1/shows.json"
  check "bearer scheme in lower case: 200" \
    expect_status 200 -H "Authorization: bearer $BEARER_TOKEN" "$BASE/$BEARER/v1/shows.json"
  check "basic partner: 200" expect_status 200 "${basic[@]}" "$BASE/$BASIC/v1/shows.json"
  check "public partner without credential: 200" expect_status 200 "$BASE/$PUBLIC/v1/shows.json"
  local path
  for path in / /nobody/v1/shows.json "/$BEARER/v1/missing.json" /.edye/lock /.edye/ /.edye/last-build.json \
    "/$BEARER/releases/1/state.json" "/$BEARER/" "/$BEARER/v1/" "/$BEARER/v1/shows" \
    "/$BEARER/v1/shows/" "/$BEARER/releases/1/v1/.hidden.json" "/$BEARER/v1/shows.json.gz" \
    "/$BEARER/v1/manifest.json.sig.gz" "/$BEARER/v1/shows/$EDIT_SHOW.sig" \
    "/$BEARER/v1/../releases/1/state.json" "/$BEARER/v1/%2e%2e/releases/1/state.json"; do
    check "404: $path" expect_status 404 "${bearer[@]}" --path-as-is "$BASE$path"
  done
}

header_checks() {
  local bearer=(-H "Authorization: Bearer $BEARER_TOKEN") url="$BASE/$BEARER/v1/shows.json"
  fetch ok "${bearer[@]}" "$url"
  check "200: strong ETag" strong_etag ok
  check "200: Content-Type application/json; charset=utf-8" \
    has_header ok Content-Type "application/json; charset=utf-8"
  check "200: Cache-Control no-cache" has_header ok Cache-Control "no-cache"
  check "200: Vary Accept-Encoding" has_header ok Vary "Accept-Encoding"
  fetch nm "${bearer[@]}" -H "If-None-Match: $(header ok ETag)" "$url"
  check "If-None-Match: 304" status_is nm 304
  check "304: same ETag" same_header nm ok ETag
  check "304: same Cache-Control" same_header nm ok Cache-Control
  check "304: same Vary" same_header nm ok Vary
  fetch gz "${bearer[@]}" -H "Accept-Encoding: gzip" "$url"
  check "gzip: Content-Encoding gzip" has_header gz Content-Encoding gzip
  check "gzip: body decompresses to the identity body" gunzip_equals gz ok
  check "gzip: body is the .gz file on disk" cmp -s "$WORK/r/gz.b" "$OUT/$BEARER/v1/shows.json.gz"
  check "gzip: strong ETag of its own" eval 'strong_etag gz && differs gz ok'
  fetch gznm "${bearer[@]}" -H "Accept-Encoding: gzip" -H "If-None-Match: $(header gz ETag)" "$url"
  check "gzip: 304 with the gzip ETag" eval 'status_is gznm 304 && same_header gznm gz ETag'
  fetch pin "${bearer[@]}" "$BASE/$BEARER/releases/1/v1/shows.json"
  check "pinned release: immutable" \
    has_header pin Cache-Control "public, max-age=31536000, immutable"
  fetch pinnm "${bearer[@]}" -H "If-None-Match: $(header pin ETag)" "$BASE/$BEARER/releases/1/v1/shows.json"
  check "pinned release: 304 keeps immutable" \
    eval 'status_is pinnm 304 && same_header pinnm pin Cache-Control'
  local sha
  sha=$(jq -r '.files[] | select(.path == "v1/shows.json") | .sha256' "$OUT/$BEARER/v1/manifest.json")
  fetch hash "${bearer[@]}" "$BASE/$BEARER/by-hash/sha256/$sha"
  check "by-hash: 200, the file's bytes, immutable JSON with a strong ETag" eval 'status_is hash 200 &&
    cmp -s "$WORK/r/hash.b" "$OUT/$BEARER/v1/shows.json" && strong_etag hash &&
    has_header hash Cache-Control "public, max-age=31536000, immutable" &&
    has_header hash Content-Type "application/json; charset=utf-8"'
  fetch hashnm "${bearer[@]}" -H "If-None-Match: $(header hash ETag)" "$BASE/$BEARER/by-hash/sha256/$sha"
  check "by-hash: 304 keeps immutable" eval 'status_is hashnm 304 && same_header hashnm hash Cache-Control'
  fetch hashgz "${bearer[@]}" -H "Accept-Encoding: gzip" "$BASE/$BEARER/by-hash/sha256/$sha"
  check "by-hash: gzip is the .gz beside it" eval 'has_header hashgz Content-Encoding gzip &&
    cmp -s "$WORK/r/hashgz.b" "$OUT/$BEARER/by-hash/sha256/$sha.gz"'
  check "by-hash: another partner's credential: 403" expect_status 403 -u "$BASIC_USER:$BASIC_PASSWORD" \
    "$BASE/$BEARER/by-hash/sha256/$sha"
  check "by-hash: the .gz name, a short or upper-case hash: 404" eval "
    expect_status 404 ${bearer[*]@Q} '$BASE/$BEARER/by-hash/sha256/$sha.gz' &&
    expect_status 404 ${bearer[*]@Q} '$BASE/$BEARER/by-hash/sha256/${sha:0:63}' &&
    expect_status 404 ${bearer[*]@Q} '$BASE/$BEARER/by-hash/sha256/${sha^^}'"
}

# switch_checks: points the bearer partner's v1 back at release 1 and forward again. The edited
# episode page differs between the releases; shows.json does not, so it is hard-linked.
switch_checks() {
  local bearer=(-H "Authorization: Bearer $BEARER_TOKEN") latest
  local edited="$BASE/$BEARER/v1/shows/$EDIT_SHOW/episodes.json" same="$BASE/$BEARER/v1/shows.json"
  latest=$(current_release "$BEARER")
  check "switch: shows.json is hard-linked from release 1 into release $latest" [ \
    "$(stat -c %i "$OUT/$BEARER/releases/1/v1/shows.json")" = \
    "$(stat -c %i "$OUT/$BEARER/releases/$latest/v1/shows.json")" ]
  fetch before "${bearer[@]}" "$edited"
  fetch before1 "${bearer[@]}" "$same"
  switch_v1 "$BEARER" 1
  fetch after "${bearer[@]}" "$edited"
  fetch after1 "${bearer[@]}" "$same"
  switch_v1 "$BEARER" "$latest"
  fetch back "${bearer[@]}" -H "If-None-Match: $(header before ETag)" "$edited"
  check "switch: a changed file gets a new ETag" eval 'status_is after 200 && differs before after'
  check "switch: a hard-linked file keeps its ETag" same_header before1 after1 ETag
  check "switch back: 304 for the ETag of the release served before" status_is back 304
}

# The nginx access log: docs/design.md "Access log", one JSON object per line.
nginx_log_checks() {
  local log="$WORK/nginx/access.log"
  local fields='["bytes","client","etag","if_none_match","method","partner","path","request_id",
    "request_time","status","time","user_agent"]'
  check "access log: every line parses as JSON" eval "jq -e . '$log' >/dev/null"
  check "access log: every line has exactly the design's fields" \
    jq_true -s "length > 10 and all(.[]; (keys | sort) == $fields)" "$log"
  check "access log: numbers are numbers" jq_true -s \
    'all(.[]; (.status | type) == "number" and (.bytes | type) == "number"
      and (.request_time | type) == "number")' "$log"
  check "access log: time is ISO 8601 with an offset" jq_true -s \
    'all(.[]; .time | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2}$"))' "$log"
  check "access log: partner is the first path segment" jq_true -s \
    'all(.[]; .partner == ((.path | split("/"))[1] // ""))' "$log"
  check "access log: a 304 records If-None-Match and the ETag" jq_true -s \
    'any(.[]; .status == 304 and .if_none_match != "" and .etag == .if_none_match)' "$log"
  check "access log: request ids are unique" jq_true -s \
    '(map(.request_id) | unique | length) == length' "$log"
  check "access log: no credential logged" eval "! grep -qF '$BEARER_TOKEN' '$log'"
}

# Caddy's own JSON access log (its format differs: docs/servers.md).
caddy_log_checks() {
  local log="$WORK/caddy/access.log"
  check "caddy access log: every line parses as JSON" eval "jq -e . '$log' >/dev/null"
  check "caddy access log: every line has the request, status and size" jq_true -s \
    'length > 10 and all(.[]; (.request.uri | type) == "string" and (.status | type) == "number"
      and (.size | type) == "number" and (.ts | type) == "number")' "$log"
  check "caddy access log: a 304 records If-None-Match and the ETag" jq_true -s \
    'any(.[]; .status == 304 and (.request.headers["If-None-Match"][0] // "") != ""
      and .resp_headers.Etag[0] == .request.headers["If-None-Match"][0])' "$log"
  check "caddy access log: no credential logged" eval "! grep -qF '$BEARER_TOKEN' '$log'"
}

# config_file_checks SERVER FILE: the generated configuration holds no secret; its credentials
# file is owner-only.
config_file_checks() {
  check "$1: no secret in the configuration" \
    eval "! grep -qF -e '$BEARER_TOKEN' -e '$BASIC_PASSWORD' -e '$QUERY_TOKEN' '$2'"
  check "$1: credentials file is owner-only (600)" \
    eval "[ \"\$(stat -c %a '$2.credentials')\" = 600 ]"
}
