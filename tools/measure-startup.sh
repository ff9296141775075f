#!/usr/bin/env bash
# Measures cold start to ready and idle memory of the platform as ./run.sh starts it, next to the
# same Payara Micro with no application (the baseline, measured in the same run), N rounds each.
#   tools/measure-startup.sh [rounds]      (needs a built WAR: ./run.sh or mvn install first)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
micro=ui/target/runtime/payara-micro.jar
war=ui/target/ROOT.war
[ -f "$micro" ] && [ -f "$war" ] || { echo "Build first: mvn install -DskipTests" >&2; exit 1; }
port=18181
work=$(mktemp -d)
trap 'pkill -f -- "--port $port" 2>/dev/null || true; rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

# answers <url> <codes>: whether the URL answers with one of the given HTTP status codes
answers() { [[ " $2 " == *" $(curl -s -o /dev/null -w '%{http_code}' "$1") "* ]]; }

# measure <ready-url> <ready-codes> <command...>: prints "<ms to ready> <RSS MiB after 20 s idle>"
measure() {
  local url="$1" codes="$2"; shift 2
  local t0; t0=$(now_ms)
  "$@" > "$work/server.log" 2>&1 &
  local pid=$!
  until answers "$url" "$codes"; do
    kill -0 "$pid" 2>/dev/null || { echo "server died, see $work/server.log" >&2; tail -20 "$work/server.log" >&2; exit 1; }
    sleep 0.2
  done
  local t1; t1=$(now_ms)
  sleep 20
  local rss; rss=$(awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$pid/status")
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  echo "$((t1 - t0)) $rss"
}

echo "round  app_ready_ms  app_rss_mib  bare_ready_ms  bare_rss_mib"
for i in $(seq 1 "$rounds"); do
  data="$work/data-$i"; mkdir -p "$data/payara"
  # The platform exactly as run.sh starts it, on an empty data directory (first start: migrations, admin).
  app=$(CLUS3_DATA_DIR="$data" CLUS3_ADMIN_PASSWORD="bench-Passw0rd-$RANDOM" \
    measure "http://localhost:$port/health/ready" "200" \
    java -Xmx512m -XX:+UseSerialGC -Duser.timezone=UTC -jar "$micro" --deploy "$war" --port "$port" --nocluster --rootDir "$data/payara")
  # Baseline: the same server and flags with nothing deployed (ready = its HTTP listener answers).
  mkdir -p "$work/bare-$i"
  bare=$(measure "http://localhost:$port/" "200 404" \
    java -Xmx512m -XX:+UseSerialGC -Duser.timezone=UTC -jar "$micro" --port "$port" --nocluster --rootDir "$work/bare-$i")
  echo "$i      $app  $bare" | awk '{printf "%-6s %-13s %-12s %-14s %s\n", $1, $2, $3, $4, $5}'
done
