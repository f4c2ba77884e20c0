#!/usr/bin/env bash
# Schedule benchmark: how long the portal takes to generate a feasible 4-week schedule for the 120 agents of
# the demo centre.
#
#   docs/bench/schedule-bench.sh
#
# Idempotent. Builds the EAR and the CLI if they are missing, (re)creates the Liberty server `wfm-sched-bench`
# (ports 9182/9544 unless BENCH_HTTP_PORT/BENCH_HTTPS_PORT), drops and re-creates the MariaDB/MySQL database
# BENCH_DB_NAME (default wfm_sched_bench), lets the application load the demo centre, then
#   1. computes a requirement the way the pipeline does, with the engines' command line: the demo history of
#      every queue (exported from the database) -> `wfm forecast` (35 days) -> `wfm staff` (Erlang C, 80/20,
#      chat 2 sessions, e-mail 8 h deadline, 10% absenteeism), and writes it into requirement and
#      requirement_interval with SQL (the engines' own figures, independent of the portal's forecast settings);
#   2. POST /api/schedules for 4 weeks from the first Monday of the forecast, time limit BENCH_LIMIT seconds,
#      and polls /api/jobs/{id} every 0.5 s: prints the seconds from the POST to the first job message
#      reporting a feasible best score, to the end of the job, and the final score and coverage.
# Needs: Java 17, Maven, curl, jq, the mysql client, MariaDB/MySQL as root with an empty password (override
# with BENCH_DB_USER/BENCH_DB_PASSWORD). BENCH_REBUILD=1 forces the EAR build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SERVER=wfm-sched-bench
HTTP_PORT="${BENCH_HTTP_PORT:-9182}"
HTTPS_PORT="${BENCH_HTTPS_PORT:-9544}"
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_PORT="${BENCH_DB_PORT:-3306}"
DB_USER="${BENCH_DB_USER:-root}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
DB_NAME="${BENCH_DB_NAME:-wfm_sched_bench}"
LIMIT="${BENCH_LIMIT:-120}"
WEEKS="${BENCH_WEEKS:-4}"
BASE="http://127.0.0.1:${HTTP_PORT}"

BENCH_NAME=schedule-bench
BENCH_TOOLS="java mvn curl jq mysql unzip"
# shellcheck source=bench-server.sh
source "$ROOT/docs/bench/bench-server.sh"

if [[ ! -f "$ROOT/cli/target/wfm.jar" ]]; then
  log "building the CLI (mvn -q -pl cli -am package -DskipTests)"
  (cd "$ROOT" && mvn -q -pl cli -am package -DskipTests)
fi

log "first start: migrations and demo centre into $DB_NAME"
t0="$(now)"
"$WLP/bin/server" start "$SERVER" >/dev/null
log "ready after $(wait_ready "$t0" 1200)s"

# ---- 1. a requirement computed from the demo history -----------------------------------------------------
log "exporting the demo history"
{
  echo "queue,interval_start,offered,handled,abandoned,aht_seconds"
  sql "$DB_NAME" -e "SELECT q.code, DATE_FORMAT(h.interval_start, '%Y-%m-%dT%H:%i'), h.offered,
      COALESCE(h.handled, ''), COALESCE(h.abandoned, ''), COALESCE(h.aht_seconds, '')
      FROM history_interval h JOIN queue q ON q.id = h.queue_id ORDER BY q.code, h.interval_start" | tr '\t' ','
} > "$WORK/history.csv"
log "forecasting 35 days ($(($(wc -l < "$WORK/history.csv") - 1)) history intervals)"
java -jar "$ROOT/cli/target/wfm.jar" forecast --history "$WORK/history.csv" --horizon 35 --out "$WORK/forecast.csv" >&2
queues_json="$(sql "$DB_NAME" -e "SELECT code, channel, sl_target, sl_threshold_seconds FROM queue" | jq -R -s '
  split("\n") | map(select(length > 0) | split("\t")) | map({key: .[0], value:
    (if .[1] == "EMAIL" then {model: "deferred", deadline: {hours: 8, target: 0.95, clock: "open-hours"},
                              min_agents: 1}
     elif .[1] == "CHAT" then {service_level: {target: (.[2] | tonumber), seconds: (.[3] | tonumber)},
                              concurrency: {sessions: 2, slowdown: 0.2}}
     else {service_level: {target: (.[2] | tonumber), seconds: (.[3] | tonumber)}} end)}) | from_entries')"
jq -n --argjson queues "$queues_json" '{interval_minutes: 15,
  defaults: {model: "erlang-c", service_level: {target: 0.8, seconds: 20}, shrinkage: {absenteeism: 0.10}},
  queues: $queues}' > "$WORK/staffing.json"
java -jar "$ROOT/cli/target/wfm.jar" staff --forecast "$WORK/forecast.csv" --config "$WORK/staffing.json" \
  --out "$WORK/requirement.csv" >&2
first_forecast_day="$(sed -n 2p "$WORK/forecast.csv" | cut -d, -f2 | cut -dT -f1)"
first_day="$(date -d "$first_forecast_day" +%F)"
while [[ "$(date -d "$first_day" +%u)" != 1 ]]; do first_day="$(date -d "$first_day + 1 day" +%F)"; done
log "writing the requirement ($(($(wc -l < "$WORK/requirement.csv") - 1)) intervals); schedule from $first_day"
{
  echo "INSERT INTO forecast (name, first_day, last_day, method, band_level, history_end, created_by, created_at)
        VALUES ('bench', '$first_forecast_day', '$first_forecast_day', 'auto', 0.8, '$first_forecast_day', 'bench', NOW());
        INSERT INTO requirement (name, forecast_id, shrinkage, shrinkage_source, created_by, created_at)
        VALUES ('bench: demo forecast, Erlang C', LAST_INSERT_ID(), 0.1, 'bench default', 'bench', NOW());
        SET @r = LAST_INSERT_ID();
        CREATE TEMPORARY TABLE req (code VARCHAR(40), t DATETIME, offered DOUBLE, aht DOUBLE, agents INT,
          gross DOUBLE);"
  # Columns by name: the staffing CSV's header decides their positions.
  awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; next }
    { printf "%s(\x27%s\x27,\x27%s\x27,%s,%s,%s,%s)", (n++ % 500 == 0 ? (n > 1 ? ";\n" : "") "INSERT INTO req VALUES " : ","),
        $c["queue"], $c["interval_start"], $c["offered"], $c["aht_seconds"], $c["required_agents"],
        $c["scheduled_fractional"] }
    END { print ";" }' "$WORK/requirement.csv"
  echo "INSERT INTO requirement_interval (requirement_id, queue_id, interval_start, interval_minutes, offered,
          aht_seconds, agents, agents_gross)
        SELECT @r, q.id, req.t, 15, req.offered, req.aht, req.agents, req.gross FROM req JOIN queue q ON q.code = req.code;
        SELECT @r;"
} > "$WORK/requirement.sql"
requirement_id="$(sql "$DB_NAME" < "$WORK/requirement.sql" | tail -1)"

# ---- 2. generation through the REST API -----------------------------------------------------------------
log "generating: $WEEKS weeks from $first_day, time limit ${LIMIT}s"
t0="$(now)"
started="$(curl -s -u planner:demo -H 'Content-Type: application/json' -X POST "$BASE/api/schedules" \
  -d "{\"name\":\"bench\",\"requirementId\":$requirement_id,\"firstDay\":\"$first_day\",\"weeks\":$WEEKS,\"timeLimitSeconds\":$LIMIT}")"
job="$(jq -r .job <<< "$started")"
schedule="$(jq -r .schedule <<< "$started")"
[[ "$job" == /api/jobs/* ]] || die "generation not started: $started"
feasible=""
while :; do
  state="$(curl -s -u planner:demo "$BASE$job")"
  message="$(jq -r .message <<< "$state")"
  if [[ -z "$feasible" && "$message" == *"(feasible)"* ]]; then
    feasible="$(since "$t0")"
    log "first feasible best score after ${feasible}s: $message"
  fi
  case "$(jq -r .state <<< "$state")" in QUEUED | RUNNING) sleep 0.5 ;; *) break ;; esac
done
done_after="$(since "$t0")"
detail="$(curl -s -u planner:demo "$BASE$schedule")"
log "job $(jq -r .state <<< "$state") after ${done_after}s: $(jq -r .message <<< "$state")"
printf 'agents %s, weeks %s, time limit %ss: feasible after %ss, done after %ss; score %s; covered %.2f%% of %.0f agent-hours; %s shifts\n' \
  "$(sql "$DB_NAME" -e 'SELECT COUNT(*) FROM agent')" "$WEEKS" "$LIMIT" "${feasible:-never}" "$done_after" \
  "$(jq -r .score <<< "$detail")" "$(jq -r '.coverage.coveredShare * 100' <<< "$detail")" \
  "$(jq -r .coverage.requiredAgentHours <<< "$detail")" "$(jq -r .schedule.shiftCount <<< "$detail")"
