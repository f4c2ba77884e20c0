#!/usr/bin/env bash
# Planner's pipeline benchmark: the demo centre from forecast to simulation through the REST API, timed.
#
#   docs/bench/pipeline-bench.sh
#
# Idempotent. Builds the EAR if it is missing, (re)creates the Liberty server `wfm-pipeline` in
# wfm-ear/target/liberty (ports 9182/9544, never the default 9080), drops and re-creates the MariaDB/MySQL
# database `wfm_pipeline`, lets the application load the demo centre (13 queues, 120 agents, a year of
# 15-minute history), then as `planner`, each step a REST call whose job is polled until it ends:
#   1. forecast of every queue for PIPELINE_DAYS (28) days after the history;
#   2. requirements from that forecast (queue targets, shrinkage from HR absences);
#   3. a schedule of all agents for PIPELINE_WEEKS (4) weeks from the first forecast Monday, the solver
#      stopped after PIPELINE_SOLVE_SECONDS (90) or when it stops improving;
#   4. a simulation of the first PIPELINE_SIM_DAYS (7) days of that schedule against the forecast with
#      PIPELINE_REPLICATIONS (10) replications;
# and prints the time of each step and of the whole pipeline (target: under 3 minutes on 2 cores) with the
# schedule's score and coverage and the simulated service level. Needs: Java 17, Maven, curl, jq, the mysql
# client, and MariaDB/MySQL on BENCH_DB_HOST:BENCH_DB_PORT as root with an empty password (override with
# BENCH_DB_USER/BENCH_DB_PASSWORD). BENCH_REBUILD=1 forces `mvn -pl wfm-ear -am package -DskipTests`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SERVER=wfm-pipeline
HTTP_PORT="${BENCH_HTTP_PORT:-9182}"
HTTPS_PORT="${BENCH_HTTPS_PORT:-9544}"
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_PORT="${BENCH_DB_PORT:-3306}"
DB_USER="${BENCH_DB_USER:-root}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
DB_NAME=wfm_pipeline
DAYS="${PIPELINE_DAYS:-28}"
WEEKS="${PIPELINE_WEEKS:-4}"
SOLVE_SECONDS="${PIPELINE_SOLVE_SECONDS:-90}"
SIM_DAYS="${PIPELINE_SIM_DAYS:-7}"
REPLICATIONS="${PIPELINE_REPLICATIONS:-10}"
BASE="http://127.0.0.1:${HTTP_PORT}"
BENCH_NAME=pipeline-bench
BENCH_TOOLS="java mvn curl jq mysql unzip"
# shellcheck source=bench-server.sh
source "$ROOT/docs/bench/bench-server.sh"

api() { # METHOD PATH [JSON]
  local method="$1" path="$2" body="${3:-}" out status
  out="$WORK/reply.json"
  if [[ -n "$body" ]]; then
    status="$(curl -s -o "$out" -w '%{http_code}' -u planner:demo -X "$method" -H 'Content-Type: application/json' \
      --data "$body" "$BASE$path")"
  else
    status="$(curl -s -o "$out" -w '%{http_code}' -u planner:demo -X "$method" "$BASE$path")"
  fi
  [[ "$status" =~ ^2 ]] || die "$method $path answered $status: $(head -c 600 "$out")"
  cat "$out"
}

# Polls a job until it ends; prints its final JSON. Fails unless it SUCCEEDED.
wait_job() {
  local id="$1" job state
  while :; do
    job="$(api GET "/api/jobs/$id")"
    state="$(jq -r .state <<<"$job")"
    case "$state" in
      SUCCEEDED) break ;;
      FAILED | CANCELLED) die "job $id ended $state: $(jq -r .message <<<"$job")" ;;
    esac
    sleep 0.5
  done
  printf '%s' "$job"
}

# The id at the end of a job's result path (/api/forecasts/12 -> 12).
result_id() { jq -r .resultPath <<<"$1" | sed 's:.*/::'; }

log "first start: migrations and demo centre into $DB_NAME"
t0="$(now)"
"$WLP/bin/server" start "$SERVER" >/dev/null
seed_seconds="$(wait_ready "$t0" 1200)"
log "ready after ${seed_seconds}s"

queues="$(api GET /api/queues | jq -c '[.[].code]')"
log "queues: $queues"
cpu0="$(server_cpu)"
pipeline0="$(now)"

log "1. forecast: all queues, $DAYS days"
t="$(now)"
started="$(api POST /api/forecasts "{\"name\":\"pipeline benchmark\",\"queues\":$queues,\"days\":$DAYS}")"
job="$(wait_job "$(jq -r .jobId <<<"$started")")"
forecast_id="$(result_id "$job")"
forecast_seconds="$(since "$t")"
forecast="$(api GET "/api/forecasts/$forecast_id")"
first_day="$(jq -r .header.firstDay <<<"$forecast")"
log "forecast $forecast_id from $first_day in ${forecast_seconds}s"

log "2. requirements"
t="$(now)"
reply="$(api POST /api/requirements "{\"name\":\"pipeline benchmark\",\"forecastId\":$forecast_id}")"
# 201 with the requirement, or for a large forecast 202 with the job computing it.
if [[ "$(jq -r 'has("state")' <<<"$reply")" == true ]]; then
  requirement_id="$(result_id "$(wait_job "$(jq -r .id <<<"$reply")")")"
else
  requirement_id="$(jq -r .id <<<"$reply")"
fi
requirement_seconds="$(since "$t")"
log "requirement $requirement_id in ${requirement_seconds}s"

# The schedule starts on the first Monday of the forecast (schedules run in whole weeks).
monday="$(python3 -c "import datetime as d; x=d.date.fromisoformat('$first_day'); print(x + d.timedelta((7 - x.weekday()) % 7))")"
log "3. schedule: $WEEKS weeks from $monday, solver limit ${SOLVE_SECONDS}s"
t="$(now)"
started="$(api POST /api/schedules "{\"name\":\"pipeline benchmark\",\"requirementId\":$requirement_id,\"firstDay\":\"$monday\",\"weeks\":$WEEKS,\"timeLimitSeconds\":$SOLVE_SECONDS}")"
job="$(wait_job "$(jq -r .jobId <<<"$started")")"
schedule_id="$(jq -r .scheduleId <<<"$started")"
schedule_seconds="$(since "$t")"
schedule="$(api GET "/api/schedules/$schedule_id")"
log "schedule $schedule_id in ${schedule_seconds}s: $(jq -c '{score, feasible, coverage}' <<<"$schedule")"

log "4. simulation: $SIM_DAYS days from $monday, $REPLICATIONS replications"
t="$(now)"
started="$(api POST /api/simulations "{\"scheduleId\":$schedule_id,\"forecastId\":$forecast_id,\"firstDay\":\"$monday\",\"days\":$SIM_DAYS,\"replications\":$REPLICATIONS,\"seed\":1}")"
job="$(wait_job "$(jq -r .id <<<"$started")")"
simulation_id="$(result_id "$job")"
simulation_seconds="$(since "$t")"
simulation="$(api GET "/api/simulations/$simulation_id")"
log "simulation $simulation_id in ${simulation_seconds}s"

pipeline_seconds="$(since "$pipeline0")"
cpu1="$(server_cpu)"
stop_server
trap - EXIT

tee "$WORK/summary.txt" <<EOF

== OpenWFM planner's pipeline benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)
demo centre: $(jq length <<<"$queues") queues, first start with demo data ${seed_seconds} s
1. forecast, $DAYS days, all queues:              ${forecast_seconds} s
2. requirements:                                   ${requirement_seconds} s
3. schedule, $WEEKS weeks, solver limit ${SOLVE_SECONDS} s:       ${schedule_seconds} s  $(jq -c '{score, feasible, coverage}' <<<"$schedule")
4. simulation, $SIM_DAYS days x $REPLICATIONS replications:        ${simulation_seconds} s  $(jq -c '{serviceLevel, asaSeconds, abandonRate, occupancy}' <<<"$simulation")
whole pipeline: ${pipeline_seconds} s (target < 180 s); server CPU used: $(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN {printf "%.1f", b - a}') s
EOF
