# Helpers for scripts/checks/servers.sh: the sample build, the servers, and small curl helpers.
# Sourced, not run: scripts/test runs only scripts/checks/*.sh.

# build_output_tree OUT: builds release 1 of the shipped sample into OUT with the real CLI.
#
# Works on copies in $WORK: catalog/ (SampleCatalog, edited by later checks), profiles/
# (PartnerProfiles with $PUBLIC's credential removed, so one partner is public), secrets.yaml
# (the partners' credentials, docs/servers.md "Secrets") and keys/ (a signing key pair from
# `edye-delivery keygen`; every build signs its manifests).
build_output_tree() {
  cp -R SampleCatalog "$WORK/catalog"
  cp -R PartnerProfiles "$WORK/profiles"
  rm -f "$WORK/profiles/README.md"
  sed -i '/^credential:/,$d' "$WORK/profiles/$PUBLIC.yaml"
  printf '%s:\n  token: "%s"\n%s:\n  user: "%s"\n  password: "%s"\n' \
    "$BEARER" "$BEARER_TOKEN" "$BASIC" "$BASIC_USER" "$BASIC_PASSWORD" >"$WORK/secrets.yaml"
  mkdir -p "$WORK/keys" "$1"
  "$BIN" keygen --private-key "$WORK/keys/private.key" --public-key "$WORK/keys/public.key" \
    >/dev/null && build
}

# build: runs `edye-delivery build` on the catalog copy; the output goes to $WORK/build.log.
build() {
  echo "== build $(date +%T.%N)" >>"$WORK/build.log"
  "$BIN" build --catalog "$WORK/catalog" --profiles "$WORK/profiles" --output "$OUT" \
    --signing-key "$WORK/keys/private.key" >>"$WORK/build.log" 2>&1
}

# edit_title ID TITLE: sets the title of media ID wherever the catalog copy holds it (the
# Management API's metadata.title and the Delivery API's playlist entries).
edit_title() {
  python3 - "$WORK/catalog" "$1" "$2" <<'PY'
import json, pathlib, sys
root, media, title = sys.argv[1:]
def edit(node):
    found = 0
    if isinstance(node, dict):
        if media in (node.get("id"), node.get("mediaid")):
            for holder in (node, node.get("metadata")):
                if isinstance(holder, dict) and "title" in holder:
                    holder["title"] = title
                    found += 1
        children = node.values()
    else:
        children = node if isinstance(node, list) else []
    return found + sum(edit(child) for child in children)
total = 0
for path in pathlib.Path(root).rglob("*.json"):
    document = json.loads(path.read_text())
    count = edit(document)
    if count:
        path.write_text(json.dumps(document, ensure_ascii=False, indent=2))
    total += count
sys.exit(0 if total else 1)
PY
}

# auth_for PARTNER: sets AUTH to the curl arguments carrying the partner's credential.
# shellcheck disable=SC2034 # AUTH is read by the checks that call auth_for
auth_for() {
  case $1 in
    "$BEARER") AUTH=(-H "Authorization: Bearer $BEARER_TOKEN") ;;
    "$BASIC") AUTH=(-u "$BASIC_USER:$BASIC_PASSWORD") ;;
    *) AUTH=() ;;
  esac
}

# A loopback port nobody listens on (the kernel's pick, or a random one without python3).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' \
    2>/dev/null || echo $((20000 + RANDOM % 20000))
}

# generate SERVER FILE: writes the server's configuration for the sample with the CLI.
generate() {
  mkdir -p "$(dirname "$2")"
  "$BIN" config "$1" --output "$OUT" --listen "127.0.0.1:$PORT" --secrets "$WORK/secrets.yaml" \
    --profiles "$WORK/profiles" --out "$2" --log "$(dirname "$2")/access.log" "${@:3}" \
    >/dev/null 2>"$(dirname "$2")/generate.err"
}

wait_up() {
  local _
  for _ in $(seq 50); do
    curl -s -o /dev/null "$BASE/" && return 0
    sleep 0.1
  done
  echo "server did not start"
  return 1
}

run_nginx() {
  local user=""
  [ "$(id -u)" = 0 ] && user="user root;"
  mkdir -p "$WORK/nginx/temp"
  generate nginx "$WORK/nginx/nginx.conf" --temp-dir "$WORK/nginx/temp" || return 1
  nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" \
    -g "pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/error.log; $user" || return 1
  wait_up
}

stop_nginx() {
  [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")"
  local _
  for _ in $(seq 50); do
    [ -f "$WORK/nginx/nginx.pid" ] || return 0
    sleep 0.1
  done
}

# stop_servers: the EXIT trap of the scripts that source this file: stops Caddy (server_pid)
# and nginx, then removes $WORK.
stop_servers() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; fi
  if [ -f "$WORK/nginx/nginx.pid" ]; then kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null; fi
  sleep 0.2
  rm -rf "$WORK"
}

# run_caddy: starts Caddy on the generated Caddyfile; server_pid is its process, which the
# caller's cleanup stops.
run_caddy() {
  generate caddy "$WORK/caddy/Caddyfile" || return 1
  HOME="$WORK/caddy" XDG_CONFIG_HOME="$WORK/caddy" XDG_DATA_HOME="$WORK/caddy" \
    caddy run --config "$WORK/caddy/Caddyfile" --adapter caddyfile >"$WORK/caddy/caddy.log" 2>&1 &
  server_pid=$!
  wait_up
}
