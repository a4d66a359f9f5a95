# Starts and stops a real SeaweedFS (`weed server -s3`, via lib/weed-server) on loopback for
# scripts/checks/s3.sh. Sourced, not run. The caller sets WORK (a temporary folder it removes),
# calls weed_stop from its EXIT trap, and has sourced nginx-run.bash (free_port).

# weed_start IDENTITIES: starts lib/weed-server (one `weed server -s3`) with the S3 identities
# file IDENTITIES and a data folder under $WORK/weed. Sets S3_PORT, S3_ENDPOINT and METRICS
# (the Prometheus URL whose SeaweedFS_s3_request_total is the store's own count of requests).
weed_start() {
  local _ metrics_port
  S3_PORT=$(free_port)
  metrics_port=$(free_port)
  S3_ENDPOINT="http://127.0.0.1:$S3_PORT"
  METRICS="http://127.0.0.1:$metrics_port/metrics"
  mkdir -p "$WORK/weed"
  "$(dirname "${BASH_SOURCE[0]}")/weed-server" "$WORK/weed/data" "$1" "$S3_PORT" "$metrics_port" \
    >"$WORK/weed/weed.log" 2>&1 &
  WEED_PID=$!
  for _ in $(seq 120); do
    curl -s -o /dev/null "$S3_ENDPOINT/" && curl -s -o /dev/null "$METRICS" && return 0
    kill -0 "$WEED_PID" 2>/dev/null || break
    sleep 0.25
  done
  echo "SeaweedFS did not start:"
  tail -20 "$WORK/weed/weed.log"
  return 1
}

# weed_stop: stops the SeaweedFS started by weed_start, if any, and waits for it to exit.
weed_stop() {
  [ -n "${WEED_PID:-}" ] || return 0
  kill "$WEED_PID" 2>/dev/null
  wait "$WEED_PID" 2>/dev/null
  WEED_PID=""
}

# weed_count TYPE: the store's count of successful S3 requests of TYPE (PUT, GET, LIST,
# DELETE...) on any bucket so far.
weed_count() {
  curl -s "$METRICS" | awk -v type="$1" '
    /^SeaweedFS_s3_request_total/ && index($0, "type=\"" type "\"") && index($0, "code=\"2") { n += $2 }
    END { print n + 0 }'
}
