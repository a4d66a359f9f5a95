# Helpers for scripts/checks/servers.sh: the sample tree, the servers, and the curl checks.
# Sourced, not run: scripts/test runs only scripts/checks/*.sh.

# The sample output tree: acme (bearer), beta (basic) and gamma (public), two releases each,
# v1 -> releases/2/v1, .gz siblings, state.json, a dotfile and .edye/. Release 2 changes
# shows.json and hard-links shows/s1.json from release 1. When `edye-delivery build` exists,
# replace the body with a build of the sample; the checks need only what is described here.
build_output_tree() {
  local out=$1 partner r1 r2
  for partner in acme beta gamma; do
    r1="$out/$partner/releases/1"
    r2="$out/$partner/releases/2"
    mkdir -p "$r1/v1/shows" "$r2/v1/shows"
    json_file "$r1/v1/shows.json" "{\"version\":\"1\",\"partner\":\"$partner\",\"items\":[1]}" 1700000000
    json_file "$r1/v1/shows/s1.json" "{\"version\":\"1\",\"partner\":\"$partner\",\"show\":{}}" 1700000000
    json_file "$r2/v1/shows.json" "{\"version\":\"1\",\"partner\":\"$partner\",\"items\":[2]}" 1700000100
    ln "$r1/v1/shows/s1.json" "$r2/v1/shows/s1.json"
    ln "$r1/v1/shows/s1.json.gz" "$r2/v1/shows/s1.json.gz"
    echo '{"items":{}}' >"$r1/state.json"
    echo '{"items":{}}' >"$r2/state.json"
    echo '{}' >"$r2/v1/.hidden.json"
    ln -s releases/2/v1 "$out/$partner/v1"
  done
  mkdir -p "$out/.edye/tmp-1"
  echo 1 >"$out/.edye/lock"
}

# json_file PATH TEXT MTIME: writes a JSON file and its .gz sibling with the given mtime.
json_file() {
  printf '%s' "$2" >"$1"
  gzip -n -c "$1" >"$1.gz"
  touch -d "@$3" "$1" "$1.gz"
}

# switch_v1 PARTNER N: points the partner's v1 at release N in one rename, as a publish does.
switch_v1() {
  ln -s "releases/$2/v1" "$OUT/$1/v1.new"
  mv -T "$OUT/$1/v1.new" "$OUT/$1/v1"
}

reset_v1() {
  switch_v1 acme 2
}

# The profiles of the three sample partners.
write_profiles() {
  mkdir -p "$1"
  printf 'id: acme\nname: Acme\ndelivery: api\ncredential:\n  scheme: bearer\n  env: ACME_TOKEN\n' >"$1/acme.yaml"
  printf 'id: beta\nname: Beta\ndelivery: api\ncredential:\n  scheme: basic\n  env: BETA_CREDENTIAL\n' >"$1/beta.yaml"
  printf 'id: gamma\nname: Gamma\ndelivery: api\n' >"$1/gamma.yaml"
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
    --profiles "$WORK/profiles" --out "$2" --log "$(dirname "$2")/access.log" "${@:3}" >/dev/null
}

wait_up() {
  local attempt
  for attempt in $(seq 50); do
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
  local attempt
  for attempt in $(seq 50); do
    [ -f "$WORK/nginx/nginx.pid" ] || return 0
    sleep 0.1
  done
}

run_caddy() {
  generate caddy "$WORK/caddy/Caddyfile" || return 1
  HOME="$WORK/caddy" XDG_CONFIG_HOME="$WORK/caddy" XDG_DATA_HOME="$WORK/caddy" \
    caddy run --config "$WORK/caddy/Caddyfile" --adapter caddyfile >"$WORK/caddy/caddy.log" 2>&1 &
  server_pid=$!
  wait_up
}
