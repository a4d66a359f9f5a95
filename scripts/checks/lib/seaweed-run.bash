# Starts and stops a real SeaweedFS (`weed server -s3`) on loopback for scripts/checks/s3.sh
# and scripts/bench. Sourced, not run. The caller sets WORK (a temporary folder it removes),
# calls weed_stop from its EXIT trap, and has sourced nginx-run.bash (free_port).

# The weed binary: $WEED, the one on PATH, or the one scripts/setup --test put in .build.
weed_binary() {
  if [ -n "${WEED:-}" ]; then echo "$WEED"; return; fi
  command -v weed 2>/dev/null && return
  echo "$PWD/.build/seaweedfs/bin/weed"
}

# weed_start IDENTITIES: starts master, volume, filer and S3 gateway in one process on free
# loopback ports with the S3 identities file IDENTITIES and a data folder under $WORK/weed.
# Sets S3_PORT, S3_ENDPOINT and METRICS (the Prometheus URL whose SeaweedFS_s3_request_total
# counts the store's own view of the requests).
weed_start() {
  local weed attempt
  weed=$(weed_binary)
  [ -x "$weed" ] || { echo "no weed binary (run scripts/setup --test)"; return 1; }
  mkdir -p "$WORK/weed/data"
  S3_PORT=$(free_port)
  local metrics_port master volume filer
  metrics_port=$(free_port); master=$(free_port); volume=$(free_port); filer=$(free_port)
  WEED_FILER_GRPC=$(free_port)
  WEED_S3_GRPC=$(free_port)
  S3_ENDPOINT="http://127.0.0.1:$S3_PORT"
  METRICS="http://127.0.0.1:$metrics_port/metrics"
  "$weed" server -ip 127.0.0.1 -ip.bind 127.0.0.1 -dir "$WORK/weed/data" \
    -master.port "$master" -master.port.grpc "$(free_port)" \
    -volume.port "$volume" -volume.port.grpc "$(free_port)" \
    -filer.port "$filer" -filer.port.grpc "$WEED_FILER_GRPC" \
    -s3 -s3.port "$S3_PORT" -s3.port.grpc "$WEED_S3_GRPC" -s3.port.iceberg 0 -s3.port.lance 0 \
    -s3.config "$1" -master.volumeSizeLimitMB 64 -volume.max 16 \
    -metricsPort "$metrics_port" >"$WORK/weed/weed.log" 2>&1 &
  WEED_PID=$!
  for attempt in $(seq 120); do
    curl -s -o /dev/null "$S3_ENDPOINT/" && curl -s -o /dev/null "$METRICS" && return 0
    kill -0 "$WEED_PID" 2>/dev/null || break
    sleep 0.25
  done
  echo "SeaweedFS did not start:"
  tail -20 "$WORK/weed/weed.log"
  return 1
}

# weed_stop: stops the SeaweedFS started by weed_start, if any: SIGTERM, and SIGKILL after 2 s
# (a graceful shutdown takes about 25 s; the data folder is thrown away anyway), then removes
# the sockets weed leaves in /tmp.
weed_stop() {
  [ -n "${WEED_PID:-}" ] || return 0
  local attempt
  kill "$WEED_PID" 2>/dev/null
  for attempt in $(seq 20); do
    kill -0 "$WEED_PID" 2>/dev/null || break
    sleep 0.1
  done
  kill -9 "$WEED_PID" 2>/dev/null
  wait "$WEED_PID" 2>/dev/null
  rm -f "/tmp/seaweedfs-filer-grpc-$WEED_FILER_GRPC.sock" "/tmp/seaweedfs-s3-$S3_PORT.sock" \
    "/tmp/seaweedfs-s3-grpc-$WEED_S3_GRPC.sock"
  WEED_PID=""
}

# weed_count TYPE: the store's count of successful S3 requests of TYPE (PUT, GET, LIST,
# DELETE...) on any bucket so far.
weed_count() {
  curl -s "$METRICS" | awk -v type="$1" '
    /^SeaweedFS_s3_request_total/ && index($0, "type=\"" type "\"") && index($0, "code=\"2") { n += $2 }
    END { print n + 0 }'
}
