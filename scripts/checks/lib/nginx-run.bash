# Helpers for the end-to-end checks that need a real build served by a real nginx
# (scripts/checks/poll.sh, scripts/checks/logs-nginx.sh). Sourced, not run.
# The caller sets TOOL (the CLI) and WORK (a temporary folder it removes) and calls
# nginx_stop from its EXIT trap.

# The sample's secrets: claro-video and kidsbox-ott are bearer partners, globo-kids basic.
CLARO_TOKEN=claro-check-token
KIDSBOX_TOKEN=kidsbox-check-token
GLOBO_CREDENTIAL='globo:check pass'

# sample_build: copies the sample catalog and profiles to $WORK and builds them into $WORK/out.
sample_build() {
  cp -R SampleCatalog PartnerProfiles "$WORK/"
  rebuild
}

# rebuild: builds $WORK/SampleCatalog into $WORK/out (a new release when anything changed).
rebuild() {
  "$TOOL" build --catalog "$WORK/SampleCatalog" --profiles "$WORK/PartnerProfiles" \
    --output "$WORK/out" >/dev/null 2>&1
}

# A loopback port nobody listens on (the kernel's pick, or a random one without python3).
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' \
    2>/dev/null || echo $((20000 + RANDOM % 20000))
}

# nginx_start: writes the secrets and the generated nginx.conf under $WORK/nginx and starts
# nginx on a free loopback port. Sets PORT, BASE (with a trailing slash) and ACCESS_LOG.
nginx_start() {
  local user=""
  [ "$(id -u)" = 0 ] && user="user root;"
  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT/"
  ACCESS_LOG="$WORK/nginx/access.log"
  mkdir -p "$WORK/nginx/temp"
  printf 'claro-video:\n  token: "%s"\nkidsbox-ott:\n  token: "%s"\nglobo-kids:\n  user: "%s"\n  password: "%s"\n' \
    "$CLARO_TOKEN" "$KIDSBOX_TOKEN" "${GLOBO_CREDENTIAL%%:*}" "${GLOBO_CREDENTIAL#*:}" \
    >"$WORK/secrets.yaml"
  "$TOOL" config nginx --output "$WORK/out" --listen "127.0.0.1:$PORT" \
    --secrets "$WORK/secrets.yaml" --profiles "$WORK/PartnerProfiles" \
    --out "$WORK/nginx/nginx.conf" --log "$ACCESS_LOG" --temp-dir "$WORK/nginx/temp" >/dev/null ||
    return 1
  nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" \
    -g "pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/error.log; $user" || return 1
  for _ in $(seq 50); do
    curl -s -o /dev/null "$BASE" && return 0
    sleep 0.1
  done
  echo "nginx did not start"
  return 1
}

# nginx_stop: stops the nginx started by nginx_start, if any, and waits for it to exit.
nginx_stop() {
  local _
  [ -f "$WORK/nginx/nginx.pid" ] || return 0
  kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || return 0
  for _ in $(seq 50); do
    [ -f "$WORK/nginx/nginx.pid" ] || return 0
    sleep 0.1
  done
}

# shellcheck source=check.bash
source "$(dirname "${BASH_SOURCE[0]}")/check.bash"
