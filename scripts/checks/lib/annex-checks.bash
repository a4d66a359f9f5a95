# The partner-annex checks of scripts/checks/servers.sh (issue 14): request ids, JSON error
# bodies, the query-string rule of list documents, allow_ips and rate_limit. Sourced, not run.
# Uses BASE, WORK, BEARER, BASIC, PUBLIC, BEARER_TOKEN, BASIC_USER, BASIC_PASSWORD, EDIT_SHOW,
# fetch/header/status_is from server-checks.bash and check().
# shellcheck disable=SC2153 # BEARER and BASIC are set by scripts/checks/servers.sh

# json_error NAME STATUS: the body is exactly {"status","error","request_id"} with that status,
# a non-empty error and the X-Request-Id header as its request id, served as JSON.
json_error() {
  status_is "$1" "$2" && has_header "$1" Content-Type "application/json; charset=utf-8" &&
    jq -e --argjson s "$2" --arg id "$(header "$1" X-Request-Id)" \
      '(keys == ["error","request_id","status"]) and .status == $s and (.error | length) > 0
        and .request_id == $id and ($id | length) > 0' "$WORK/r/$1.b"
}

# error_message NAME TEXT: the JSON error's message contains TEXT.
error_message() { jq -e --arg t "$2" '.error | contains($t)' "$WORK/r/$1.b" >/dev/null; }

# request_id_checks SERVER: X-Request-Id on every answer, equal to the access log's id.
request_id_checks() {
  local bearer=(-H "Authorization: Bearer $BEARER_TOKEN") agent="edye-request-id-$RANDOM$RANDOM"
  fetch rid "${bearer[@]}" -A "$agent" "$BASE/$BEARER/v1/shows.json"
  check "$1: 200 carries X-Request-Id" eval '[ -n "$(header rid X-Request-Id)" ]'
  fetch rid304 "${bearer[@]}" -H "If-None-Match: $(header rid ETag)" "$BASE/$BEARER/v1/shows.json"
  check "$1: 304 carries X-Request-Id" eval 'status_is rid304 304 && [ -n "$(header rid304 X-Request-Id)" ]'
  check "$1: X-Request-Id differs per request" \
    eval '[ "$(header rid X-Request-Id)" != "$(header rid304 X-Request-Id)" ]'
  local log="$WORK/$1/access.log" id
  id=$(header rid X-Request-Id)
  sleep 0.2
  if [ "$1" = nginx ]; then
    check "nginx: the access log's request_id is the X-Request-Id" \
      jq_true -s --arg a "$agent" --arg id "$id" 'any(.[]; .user_agent == $a and .request_id == $id)' "$log"
  else
    check "caddy: the access log's resp_headers hold the X-Request-Id" \
      jq_true -s --arg id "$id" 'any(.[]; .resp_headers["X-Request-Id"][0] == $id)' "$log"
  fi
}

# error_body_checks SERVER: 401, 403, 404 (and 405 on nginx) answer small JSON bodies.
error_body_checks() {
  fetch e401 "$BASE/$BEARER/v1/shows.json"
  check "$1: 401 has a JSON body with the request id" json_error e401 401
  check "$1: 401 keeps its Bearer challenge" eval 'header e401 WWW-Authenticate | grep -q "^Bearer realm="'
  fetch e401b "$BASE/$BASIC/v1/shows.json"
  check "$1: 401 of a basic partner keeps its Basic challenge" \
    eval 'json_error e401b 401 && header e401b WWW-Authenticate | grep -q "^Basic realm="'
  fetch e403 -H "Authorization: Bearer $BEARER_TOKEN" "$BASE/$BASIC/v1/shows.json"
  check "$1: 403 (another partner's credential) has a JSON body" \
    eval 'json_error e403 403 && error_message e403 credential'
  fetch e404 -H "Authorization: Bearer $BEARER_TOKEN" "$BASE/$BEARER/v1/missing.json"
  check "$1: 404 of a missing file has a JSON body" json_error e404 404
  fetch e404r "$BASE/"
  check "$1: 404 outside the partner paths has a JSON body" json_error e404r 404
  fetch e404s -H "Authorization: Bearer $BEARER_TOKEN" "$BASE/$BEARER/v1/missing.json.sig"
  check "$1: 404 on a signature path is JSON too" json_error e404s 404
  if [ "$1" = nginx ]; then
    fetch e405 -X POST -H "Authorization: Bearer $BEARER_TOKEN" "$BASE/$BEARER/v1/shows.json"
    check "nginx: 405 (POST) has a JSON body" json_error e405 405
  fi
}

# query_checks SERVER: a query string on a list document is a 400 naming the parameter; other
# documents ignore query strings.
query_checks() {
  local bearer=(-H "Authorization: Bearer $BEARER_TOKEN")
  fetch q1 "${bearer[@]}" "$BASE/$BEARER/v1/shows.json?page=2&page_size=1000"
  check "$1: shows.json?page=2&page_size=1000 is a 400 naming page" \
    eval 'json_error q1 400 && error_message q1 "parameter page:"'
  fetch q2 "${bearer[@]}" "$BASE/$BEARER/v1/shows/$EDIT_SHOW/episodes.json?page_size=5"
  check "$1: episodes.json?page_size=5 is a 400 naming page_size" \
    eval 'json_error q2 400 && error_message q2 "parameter page_size:"'
  fetch q3 "${bearer[@]}" "$BASE/$BEARER/releases/1/v1/changes.json?since=1"
  check "$1: pinned changes.json?since=1 is a 400" eval 'json_error q3 400 && error_message q3 since'
  fetch q4 "${bearer[@]}" "$BASE/$BEARER/v1/shows.json?a+b=1"
  check "$1: an unechoable parameter name is a 400 without it" \
    eval 'json_error q4 400 && error_message q4 "(not shown)"'
  check "$1: a query string on a detail document is ignored (200)" \
    expect_status 200 "${bearer[@]}" "$BASE/$BEARER/v1/shows/$EDIT_SHOW.json?t=1"
  fetch q5 "$BASE/$BEARER/v1/shows.json?page=2"
  check "$1: without a credential, a query string still gets the 401 first" json_error q5 401
}

# allow_ips_checks SERVER: $BASIC allows only 127.0.0.1 (and ::1): 127.0.0.2 gets 403.
allow_ips_checks() {
  local basic=(-u "$BASIC_USER:$BASIC_PASSWORD")
  fetch ip2 --interface 127.0.0.2 "${basic[@]}" "$BASE/$BASIC/v1/shows.json"
  check "$1: allow_ips: 127.0.0.2 gets a 403 naming the address" \
    eval 'json_error ip2 403 && error_message ip2 address'
  fetch ip2a --interface 127.0.0.2 "$BASE/$BASIC/v1/shows.json"
  check "$1: allow_ips: 127.0.0.2 without a credential gets 403 too" json_error ip2a 403
  check "$1: allow_ips: 127.0.0.2 still reads a partner without allow_ips" \
    expect_status 200 --interface 127.0.0.2 -H "Authorization: Bearer $BEARER_TOKEN" "$BASE/$BEARER/v1/shows.json"
  check "$1: allow_ips: 127.0.0.1 reads the partner" \
    expect_status 200 "${basic[@]}" "$BASE/$BASIC/v1/shows.json"
}

# rate_limit_checks: gives $BASIC 6 requests a minute with a burst of 2 (the release checks,
# which poll every file, ran before it) and restarts nginx with the new configuration; 6 rapid
# requests end in 429 with Retry-After 10 and a JSON body (nginx only: Caddy has no rate
# limiter). The profile keeps the limit for the Caddy section.
rate_limit_checks() {
  local basic=(-u "$BASIC_USER:$BASIC_PASSWORD") codes=""
  printf 'rate_limit:\n  requests_per_minute: 6\n  burst: 2\n' >>"$WORK/profiles/$BASIC.yaml"
  stop_nginx
  run_nginx || { check "nginx restarts with a rate limit" false; return; }
  for _ in 1 2 3 4 5; do
    codes+="$(curl -s -o /dev/null -w '%{http_code}' "${basic[@]}" "$BASE/$BASIC/v1/shows.json") "
  done
  fetch rl "${basic[@]}" "$BASE/$BASIC/v1/shows.json"
  check "nginx: rate_limit: rapid requests go from 200 to 429 ($codes)" \
    eval '[[ "$codes" =~ ^(200 )+(429 )+$ ]]'
  check "nginx: rate_limit: the 429 has Retry-After 10 and a JSON body" \
    eval 'json_error rl 429 && has_header rl Retry-After 10'
  check "nginx: rate_limit: another partner is not limited" \
    expect_status 200 -H "Authorization: Bearer $BEARER_TOKEN" "$BASE/$BEARER/v1/shows.json"
}

# caddy_rate_limit_checks: config caddy refuses profiles with rate_limit unless told to warn.
caddy_rate_limit_checks() {
  local out="$WORK/caddy-refused"
  mkdir -p "$out"
  check "caddy: config caddy refuses a rate-limited partner, naming it" eval \
    "! '$BIN' config caddy --output '$OUT' --secrets '$WORK/secrets.yaml' --profiles '$WORK/profiles' \
      --out '$out/Caddyfile' 2>'$out/err' && grep -q '$BASIC' '$out/err' && [ ! -e '$out/Caddyfile' ]"
  check "caddy: --without-rate-limits writes it with a warning naming the partner" \
    eval "grep -q 'warning: partner $BASIC: rate_limit NOT enforced' '$WORK/caddy/generate.err'"
}

# rotation_secrets SECONDS: rewrites the secrets file with four tokens for $BEARER and for
# $QUERY each: the usual one and a next one (both without expiry), one that expires SECONDS
# from now and one that expired long ago (left out when the configuration is written).
rotation_secrets() {
  SOON_EXPIRES=$(($(date +%s) + $1))
  local soon format='%s:\n  - token: "%s"\n  - token: "%s"\n  - {token: "%s", expires: "%s"}\n  - {token: "%s", expires: "%s"}\n'
  soon=$(date -u -d "@$SOON_EXPIRES" +%Y-%m-%dT%H:%M:%SZ)
  {
    # shellcheck disable=SC2059
    printf "$format" "$BEARER" "$BEARER_TOKEN" "claro-next-token" "claro-soon-token" "$soon" \
      "claro-old-token" "2020-01-01T00:00:00Z"
    # shellcheck disable=SC2059
    printf "$format" "$QUERY" "$QUERY_TOKEN" "query-next-token" "query-soon-token" "$soon" \
      "query-old-token" "2020-01-01T00:00:00Z"
    printf '%s:\n  user: "%s"\n  password: "%s"\n' "$BASIC" "$BASIC_USER" "$BASIC_PASSWORD"
  } >"$WORK/secrets.yaml"
}

# expiry_checks: the token that expires a few seconds after nginx started opens the partner
# until then and is refused from then on, without a reload (the map compares $msec).
expiry_checks() {
  local url="$BASE/$BEARER/v1/shows.json" status_before
  status_before=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer claro-soon-token" "$url")
  status_before+=$(curl -s -o /dev/null -w ' %{http_code}' "$BASE/$QUERY/v1/shows.json?$QUERY_PARAM=query-soon-token")
  [ "$(date +%s)" -lt "$SOON_EXPIRES" ] || status_before="late"
  while [ "$(date +%s)" -lt "$SOON_EXPIRES" ]; do sleep 0.2; done
  check "nginx: expires: the header and query tokens work before their expiry ($status_before)" \
    [ "$status_before" = "200 200" ]
  check "nginx: expires: and is refused (401) once it has passed, without a reload" \
    expect_status 401 -H "Authorization: Bearer claro-soon-token" "$url"
  check "nginx: expires: the other tokens still work" \
    expect_status 200 -H "Authorization: Bearer claro-next-token" "$url"
  check "nginx: expires: an expired query token is refused (401) too" \
    expect_status 401 "$BASE/$QUERY/v1/shows.json?$QUERY_PARAM=query-soon-token"
}

# query_token_checks SERVER: $QUERY reads with ?$QUERY_PARAM=<token> from rotation_secrets:
# the right, wrong, missing, expired and another partner's token, the list-query rule around
# the token, and an access log without it.
query_token_checks() {
  local url="$BASE/$QUERY/v1/shows.json" p="$QUERY_PARAM"
  check "$1: query_token: the right token opens the partner (200)" \
    expect_status 200 "$url?$p=$QUERY_TOKEN"
  check "$1: query_token: so does the next one of a rotation" \
    expect_status 200 "$url?$p=query-next-token"
  local soon=200
  [ "$(date +%s)" -lt "$SOON_EXPIRES" ] || soon=401
  check "$1: query_token: the one expiring at $SOON_EXPIRES answers $soon now" \
    expect_status "$soon" "$url?$p=query-soon-token"
  check "$1: query_token: a token expired when the configuration was written: 401" \
    expect_status 401 "$url?$p=query-old-token"
  fetch qt1 "$url?$p=wrong-token"
  check "$1: query_token: a wrong token is a 401 with the JSON body, no challenge" \
    eval 'json_error qt1 401 && [ -z "$(header qt1 WWW-Authenticate)" ]'
  fetch qt2 "$url"
  check "$1: query_token: no token is a 401 with the JSON body" json_error qt2 401
  check "$1: query_token: the token with a suffix, in another parameter or in a header: 401" \
    eval "expect_status 401 '$url?$p=${QUERY_TOKEN}x' && expect_status 401 '$url?x$p=$QUERY_TOKEN' \
      && expect_status 401 -H 'Authorization: Bearer $QUERY_TOKEN' '$url'"
  fetch qt3 "$BASE/$BEARER/v1/shows.json?$p=$QUERY_TOKEN"
  check "$1: query_token: on another partner's path: 403 with the JSON body" json_error qt3 403
  check "$1: query_token: another partner's bearer token in the query: 401" \
    expect_status 401 "$url?$p=$BEARER_TOKEN"
  check "$1: query_token: the token is no unsupported parameter of a list (pinned, episodes)" \
    eval "expect_status 200 '$BASE/$QUERY/releases/1/v1/changes.json?$p=$QUERY_TOKEN' \
      && expect_status 200 '$BASE/$QUERY/v1/shows/$EDIT_SHOW/episodes.json?$p=$QUERY_TOKEN'"
  fetch qt4 "$url?$p=$QUERY_TOKEN&page=2"
  check "$1: query_token: ?$p=…&page=2 is a 400 naming page" \
    eval 'json_error qt4 400 && error_message qt4 "parameter page:"'
  fetch qt5 "$url?page_size=5&$p=$QUERY_TOKEN"
  check "$1: query_token: ?page_size=5&$p=… is a 400 naming page_size" \
    eval 'json_error qt5 400 && error_message qt5 "parameter page_size:"'
  fetch qt6 "$url?$p=$QUERY_TOKEN&a+b=1"
  check "$1: query_token: an unechoable parameter after the token is a 400 without its name" \
    eval 'json_error qt6 400 && error_message qt6 "(not shown)"'
  check "$1: query_token: a detail takes the token beside a cache-buster (200)" \
    expect_status 200 "$BASE/$QUERY/v1/shows/$EDIT_SHOW.json?t=1&$p=$QUERY_TOKEN"
  sleep 0.2
  local log="$WORK/$1/access.log"
  # (?x$p=<token> above is no token parameter: Caddy logs that one as sent.)
  check "$1: query_token: the access log has the requests but never a token parameter's value" \
    eval "grep -q '/$QUERY/v1/shows.json' '$log' \
      && ! grep -qF -e '?$p=$QUERY_TOKEN' -e '&$p=$QUERY_TOKEN' -e '?$p=query-next-token' '$log'"
}

# method_answers SERVER: asks every method of METHODS on each kind of path (an existing file,
# a missing one, without credential, a list with a query string, a signature, a public
# partner's file, a path outside the partners', names over 255 bytes in ASCII and in UTF-8,
# a path over 4096 bytes, a query_token partner's list with only its token and with one more
# parameter) and writes one line per request to $WORK/methods-SERVER.txt:
# `<method> <case> <status> allow=<Allow header> json=<1 for an error's JSON body, else 0>
# error=<its message>`.
METHODS=(GET HEAD POST PUT DELETE PATCH PROPFIND MKCOL COPY MOVE OPTIONS TRACE LOCK FOO)
method_answers() {
  local bearer=(-H "Authorization: Bearer $BEARER_TOKEN") long utf8 deep method name url status AUTH
  long=$(printf 'a%.0s' $(seq 300))
  utf8=$(printf '%%C3%%A9%.0s' $(seq 130))
  deep=$(for _ in $(seq 20); do printf '/%s' "$(printf 'b%.0s' $(seq 250))"; done)
  declare -A paths=(
    [file]="$BEARER/v1/shows.json" [missing]="$BEARER/v1/missing.json"
    [query]="$BEARER/v1/shows.json?page=2" [signature]="$BEARER/v1/manifest.json.sig"
    [pinned]="$BEARER/releases/1/v1/shows.json" [outside]="nobody/v1/shows.json"
    [long]="$BEARER/v1/shows/$long.json" [utf8]="$BEARER/v1/shows/$utf8.json"
    [deep]="$BEARER/v1$deep.json"
    [token]="$QUERY/v1/shows.json?$QUERY_PARAM=$QUERY_TOKEN"
    [tokenquery]="$QUERY/v1/shows.json?$QUERY_PARAM=$QUERY_TOKEN&page=2"
  )
  for method in "${METHODS[@]}"; do
    for name in file missing query signature pinned outside long utf8 deep anonymous public \
      token tokenquery; do
      case $name in
        anonymous) url="$BASE/$BEARER/v1/shows.json" AUTH=() ;;
        public) url="$BASE/$PUBLIC/v1/shows.json" AUTH=() ;;
        token*) url="$BASE/${paths[$name]}" AUTH=() ;;
        *) url="$BASE/${paths[$name]}" AUTH=("${bearer[@]}") ;;
      esac
      if [ "$method" = HEAD ]; then
        fetch m -I "${AUTH[@]}" "$url"
      else
        fetch m -X "$method" "${AUTH[@]}" --data-binary x "$url"
      fi
      status=$(head -1 "$WORK/r/m.h" | cut -d' ' -f2)
      local json=0 error=""
      if [ "$method" != HEAD ] && [ "$status" -ge 400 ] && json_error m "$status" >/dev/null; then
        json=1 error=$(jq -r .error "$WORK/r/m.b")
      fi
      echo "$method $name $status allow=$(header m Allow) json=$json error=$error"
    done
  done >"$WORK/methods-$1.txt"
}

# method_checks SERVER: only GET and HEAD read files; every other method on an existing file is
# a 405 with the JSON body (checked on nginx), and Caddy answers the whole matrix as nginx does.
method_checks() {
  method_answers "$1"
  if [ "$1" = nginx ]; then
    check "nginx: GET and HEAD on a file: 200" \
      eval "[ \"\$(grep -cE '^(GET|HEAD) file 200 ' '$WORK/methods-nginx.txt')\" = 2 ]"
    check "nginx: every other method on a file: 405 with a JSON body" eval \
      "[ \"\$(grep -E ' file ' '$WORK/methods-nginx.txt' | grep -vE '^(GET|HEAD) ' | grep -vc ' 405 allow= json=1')\" = 0 ]"
    check "nginx: names over 255 bytes and paths over 4096: 404 with a JSON body" eval \
      "[ \"\$(grep -E '^GET (long|utf8|deep) 404 allow= json=1' -c '$WORK/methods-nginx.txt')\" = 3 ]"
  else
    check "caddy: every method on every kind of path is answered as nginx does" \
      diff "$WORK/methods-nginx.txt" "$WORK/methods-caddy.txt"
  fi
}

# edge_answers: the requests docs/servers.md lists as answered differently (a header line and
# a request line over 8 KB, a %00 in the path, a lower-case method), one line each:
# `<case> <status> json=<1 for the JSON error body>`.
edge_answers() {
  local bearer=(-H "Authorization: Bearer $BEARER_TOKEN") big name status
  big=$(head -c 9000 /dev/zero | tr '\0' a)
  fetch x1 "${bearer[@]}" -H "X-Big: $big" "$BASE/$BEARER/v1/shows.json"
  fetch x2 "${bearer[@]}" "$BASE/$BEARER/v1/shows/$EDIT_SHOW.json?$big"
  fetch x3 "${bearer[@]}" "$BASE/$BEARER/v1/sh%00ows.json"
  fetch x4 "${bearer[@]}" -X get "$BASE/$BEARER/v1/shows.json"
  for name in x1 x2 x3 x4; do
    status=$(head -1 "$WORK/r/$name.h" | cut -d' ' -f2)
    echo "$name $status json=$(json_error "$name" "$status" >/dev/null && echo 1 || echo 0)"
  done
}

# edge_checks SERVER: those requests get the answers docs/servers.md gives for SERVER.
edge_checks() {
  local expected
  if [ "$1" = nginx ]; then
    expected=$'x1 400 json=0\nx2 414 json=0\nx3 500 json=0\nx4 500 json=0'
  else
    expected=$'x1 200 json=0\nx2 200 json=0\nx3 500 json=1\nx4 405 json=1'
  fi
  check "$1: over-long header and request lines, %00 and a lower-case method: as documented" \
    diff <(echo "$expected") <(edge_answers)
}
