# The curl helpers of scripts/checks/servers.sh and its access-log checks. Sourced, not run.
# Uses BASE, WORK, BEARER_TOKEN and check(). Access, headers, ETags and conditional requests
# are checked by DeliveryIOTests (ServedAccessTests, ServedCachingTests) against both servers.

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
expect_status() {
  local want=$1
  shift
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$@")" = "$want" ]
}
jq_true() { jq -e "$@" >/dev/null; }

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
