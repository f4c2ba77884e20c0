#!/usr/bin/env bash
# Requirements benchmark on a real server with the demo centre: a requirement from a forecast of every demo queue
# x 28 days x 96 intervals (34,944 intervals), BENCH_REQUIREMENTS times, each timed from `POST /api/requirements`
# until the requirement is stored (a background job at this size: polled until it ends), with the server's CPU.
# The whole pipeline, simulation included, is timed by docs/bench/pipeline-bench.sh.
#
#   docs/bench/requirements-bench.sh
#
# Idempotent. Builds the EAR if it is missing, (re)creates the Liberty server `wfm-r-bench` in
# wfm-ear/target/liberty (ports 9380/9743 by default), drops and re-creates the MariaDB/MySQL database
# `wfm_r_it` (override with BENCH_DB_NAME), loads the demo centre, and imports the forecast in the Forecast CSV
# layout (`POST /api/forecasts/import`). Needs: Java 17, Maven, curl, python3, the mysql client, MariaDB/MySQL as
# root with an empty password (BENCH_DB_USER/BENCH_DB_PASSWORD).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SERVER=wfm-r-bench
HTTP_PORT="${BENCH_HTTP_PORT:-9380}"
HTTPS_PORT="${BENCH_HTTPS_PORT:-9743}"
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_PORT="${BENCH_DB_PORT:-3306}"
DB_USER="${BENCH_DB_USER:-root}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
DB_NAME="${BENCH_DB_NAME:-wfm_r_it}"
DAYS=28
REQUIREMENTS="${BENCH_REQUIREMENTS:-3}"
BASE="http://127.0.0.1:${HTTP_PORT}"

BENCH_NAME=requirements-bench
BENCH_TOOLS="java mvn curl python3 mysql unzip"
# shellcheck source=bench-server.sh
source "$ROOT/docs/bench/bench-server.sh"

log "starting $SERVER on port $HTTP_PORT with a fresh database $DB_NAME (demo centre load included)"
t0="$(now)"
"$WLP/bin/server" start "$SERVER" >/dev/null
log "ready after $(wait_ready "$t0" 600) s"

api() { curl -s -u planner:demo "$@"; }
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }

FIRST="$(python3 -c 'import datetime as d; t=d.date.today(); print(t + d.timedelta(days=7 - t.weekday() + 7))')"
api "$BASE/api/queues" > "$WORK/queues.json"
python3 - "$WORK/queues.json" "$FIRST" "$DAYS" > "$WORK/forecast.csv" <<'PY'
import json, math, sys, datetime as d
queues = [q["code"] for q in json.load(open(sys.argv[1]))]
first = d.date.fromisoformat(sys.argv[2]); days = int(sys.argv[3])
print("queue,interval_start,offered,aht_seconds")
for q in queues:
    peak = 30 if q.startswith("voice") else 12 if q.startswith("chat") else 8
    aht = 240 if q.startswith("voice") else 600 if q.startswith("chat") else 420
    for day in range(days):
        date = first + d.timedelta(days=day)
        for i in range(96):
            shape = max(0.0, math.sin(math.pi * (i - 28) / 64))
            print(f"{q},{date}T{i // 4:02d}:{15 * (i % 4):02d},{peak * shape:.3f},{aht}")
PY
ROWS=$(($(wc -l < "$WORK/forecast.csv") - 1))
FORECAST="$(api -H 'Content-Type: text/csv' --data-binary @"$WORK/forecast.csv" "$BASE/api/forecasts/import?name=bench" | json "['id']")"
log "forecast $FORECAST: $ROWS intervals from $FIRST"

# Polls a job until it ends and prints its final state.
wait_job() {
  local state
  while :; do
    state="$(api "$BASE/api/jobs/$1" | json "['state']")"
    [[ "$state" == SUCCEEDED || "$state" == FAILED || "$state" == CANCELLED ]] && break
    sleep 0.2
  done
  echo "$state"
}

for run in $(seq 1 "$REQUIREMENTS"); do
  cpu0="$(server_cpu)"
  t0="$(now)"
  code="$(api -o "$WORK/requirement.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"name\":\"bench $run\",\"forecastId\":$FORECAST}" "$BASE/api/requirements")"
  outcome="HTTP $code"
  if [[ "$code" == 202 ]]; then
    outcome="job $(wait_job "$(json "['id']" < "$WORK/requirement.json")")"
  fi
  log "requirement run $run: $outcome after $(since "$t0") s wall, $(awk -v a="$cpu0" -v b="$(server_cpu)" 'BEGIN{printf "%.1f", b-a}') s server CPU for $ROWS intervals"
done
