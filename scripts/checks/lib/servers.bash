# Helpers for scripts/checks/poll-gzip.sh: nginx and Caddy on the configurations the CLI writes
# for $OUT (with $WORK/profiles and $WORK/secrets.yaml), on loopback port $PORT. Sourced, not
# run: scripts/test runs only scripts/checks/*.sh. The Served*Tests of DeliveryIOTests start the
# servers through DeliveryTestSupport.ServerProcess instead.

# A loopback port nobody listens on (the kernel's pick, or a random one without python3).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' \
    2>/dev/null || echo $((20000 + RANDOM % 20000))
}

# generate SERVER FILE: writes the server's configuration for $OUT with the CLI.
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
