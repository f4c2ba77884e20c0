#!/usr/bin/env bash
# Portal benchmark: cold start to ready, and the agents page under load with 1,000 agents.
#
#   docs/bench/portal-bench.sh
#
# Idempotent. Builds the EAR if it is missing, (re)creates the Liberty server `wfm-bench` in
# wfm-ear/target/liberty (ports 9181/9543, never the default 9080), drops and re-creates the MariaDB/MySQL
# database `wfm_bench`, lets the application load the demo centre into it, adds agents agent121..agent1000
# by copying existing agents and their skills with SQL, then measures
#   1. cold start: `server start` of the built server with existing data until /health/ready and
#      /login.xhtml both answer 200 (BENCH_STARTS runs);
#   2. GET /workforce/agents.xhtml as `planner` with wrk: BENCH_CONNECTIONS connections, each request on
#      one of BENCH_CONNECTIONS logged-in sessions, BENCH_WARMUP warm-up then BENCH_DURATION measured;
#      every answer is checked to be 200 and the agents table.
# and stops the server. Needs: Java 17, Maven, wrk, curl, the mysql client, and MariaDB/MySQL on
# BENCH_DB_HOST:BENCH_DB_PORT as root with an empty password (override with BENCH_DB_USER/BENCH_DB_PASSWORD).
# BENCH_REBUILD=1 forces `mvn -pl wfm-ear -am package -DskipTests`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SERVER=wfm-bench
HTTP_PORT="${BENCH_HTTP_PORT:-9181}"
HTTPS_PORT="${BENCH_HTTPS_PORT:-9543}"
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_PORT="${BENCH_DB_PORT:-3306}"
DB_USER="${BENCH_DB_USER:-root}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
DB_NAME=wfm_bench
AGENTS="${BENCH_AGENTS:-1000}"
CONNECTIONS="${BENCH_CONNECTIONS:-50}"
THREADS="${BENCH_THREADS:-2}"
WARMUP="${BENCH_WARMUP:-20s}"
DURATION="${BENCH_DURATION:-30s}"
STARTS="${BENCH_STARTS:-3}"
THINK_MS="${BENCH_THINK_MS:-1000}"
BASE="http://127.0.0.1:${HTTP_PORT}"

BENCH_NAME=portal-bench
BENCH_TOOLS="java mvn wrk curl mysql unzip"
# shellcheck source=bench-server.sh
source "$ROOT/docs/bench/bench-server.sh"

log "first start: migrations and demo centre into $DB_NAME"
t0="$(now)"
"$WLP/bin/server" start "$SERVER" >/dev/null
seed_seconds="$(wait_ready "$t0" 1200)"
log "first start ready after ${seed_seconds}s"
"$WLP/bin/server" stop "$SERVER" >/dev/null

# ---- 880 more agents: copies of existing agents (round robin) with their skills ---------------------------
base_agents="$(sql "$DB_NAME" -e 'SELECT COUNT(*) FROM agent')"
(( base_agents > 0 )) || die "the demo centre has no agents"
log "adding agents: $base_agents -> $AGENTS"
sql "$DB_NAME" <<EOF
CREATE TEMPORARY TABLE seq (n INT PRIMARY KEY);
INSERT INTO seq (n)
  SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 1
  FROM (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
        UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a,
       (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
        UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b,
       (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
        UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) c,
       (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
        UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) e;
-- Source agent k (1-based, in code order agent1, agent2, ...) for new number n: the existing agents in
-- turn. Code order, not id order: the ids depend on the order in which the demo loader inserted them.
CREATE TEMPORARY TABLE src (k INT PRIMARY KEY, id BIGINT NOT NULL);
INSERT INTO src (k, id) SELECT ROW_NUMBER() OVER (ORDER BY CHAR_LENGTH(code), code), id FROM agent;
INSERT INTO agent (code, first_name, last_name, work_mode, home_time_zone, site_id, team_id, contract_id, version)
  SELECT CONCAT('agent', s.n), a.first_name, a.last_name, a.work_mode, a.home_time_zone, a.site_id, a.team_id,
         a.contract_id, 0
  FROM seq s JOIN src ON src.k = MOD(s.n - $base_agents - 1, $base_agents) + 1 JOIN agent a ON a.id = src.id
  WHERE s.n > $base_agents AND s.n <= $AGENTS;
INSERT INTO agent_skill (agent_id, queue_id, skill_level)
  SELECT n.id, k.queue_id, k.skill_level
  FROM agent n
  JOIN seq s ON n.code = CONCAT('agent', s.n) AND s.n > $base_agents AND s.n <= $AGENTS
  JOIN src ON src.k = MOD(s.n - $base_agents - 1, $base_agents) + 1
  JOIN agent_skill k ON k.agent_id = src.id;
EOF
agent_count="$(sql "$DB_NAME" -e 'SELECT COUNT(*) FROM agent')"
skill_count="$(sql "$DB_NAME" -e 'SELECT COUNT(*) FROM agent_skill')"
log "agents: $agent_count, agent_skill rows: $skill_count"
[[ "$agent_count" == "$AGENTS" ]] || die "expected $AGENTS agents, found $agent_count"

# ---- 1. cold start ----------------------------------------------------------------------------------------
starts=()
start_cpus=()
for i in $(seq 1 "$STARTS"); do
  t0="$(now)"
  "$WLP/bin/server" start "$SERVER" >/dev/null
  s="$(wait_ready "$t0" 300)"
  c="$(server_cpu)"
  starts+=("$s")
  start_cpus+=("$c")
  log "cold start $i: ${s}s to /health/ready and /login.xhtml 200 (server JVM used ${c} CPU seconds)"
  if (( i < STARTS )); then "$WLP/bin/server" stop "$SERVER" >/dev/null; fi
done
start_median="$(printf '%s\n' "${starts[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
start_max="$(printf '%s\n' "${starts[@]}" | sort -n | tail -1)"

# ---- 2. agents page under load ----------------------------------------------------------------------------
# Logs in through the JSF form; prints the Cookie header value of that session.
login() {
  local jar="$WORK/cookies.$1" page view_state
  rm -f "$jar"
  page="$(curl -s -c "$jar" -b "$jar" "$BASE/login.xhtml")"
  view_state="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | head -1 | sed 's/.*value="//; s/"$//')"
  [[ -n "$view_state" ]] || die "no jakarta.faces.ViewState on the log-in page"
  # MyFaces marks the submitted form with <form id>_SUBMIT=1; a successful log-in redirects to the start page.
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" \
    --data-urlencode "login_SUBMIT=1" --data-urlencode "login:username=planner" \
    --data-urlencode "login:password=demo" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$view_state" "$BASE/login.xhtml")"
  [[ "$status" == 302 ]] || die "log-in as planner answered $status, expected a 302 redirect"
  # What a browser sends afterwards: the session (JSESSIONID) and Liberty's single sign-on token (LtpaToken2),
  # which is what carries the log-in (the session id alone is sent to the log-in page).
  awk 'NF == 7 && $6 != "" {printf "%s%s=%s", sep, $6, $7; sep = "; "} END {print ""}' "$jar"
}

log "logging in $CONNECTIONS sessions as planner"
: > "$WORK/sessions.txt"
for i in $(seq 1 "$CONNECTIONS"); do login "$i" >> "$WORK/sessions.txt"; done
first="$(head -1 "$WORK/sessions.txt")"
page_file="$WORK/agents.html"
read -r code size single < <(curl -s -o "$page_file" -w '%{http_code} %{size_download} %{time_total}\n' \
  -H "Cookie: $first" "$BASE/workforce/agents.xhtml")
[[ "$code" == 200 ]] || die "agents page answered $code"
grep -q 'agentsTable' "$page_file" || die "the agents page is not the agents table (log-in failed?)"
grep -q "/ $AGENTS<" "$page_file" || die "the agents table does not report $AGENTS agents"
gzip_size="$(gzip -c "$page_file" | wc -c)"
view_state_len="$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$page_file" | head -1 | sed 's/.*value="//; s/"$//' | wc -c)"
log "agents page: ${size} bytes (${gzip_size} gzipped), first request ${single}s"

# Each request takes the next session, so the load spreads over all logged-in users; every answer is checked.
cat > "$WORK/agents.lua" <<'EOF'
local sessions = {}
for line in io.lines(os.getenv("BENCH_SESSIONS")) do sessions[#sessions + 1] = line end
local threads = {}
function setup(thread) table.insert(threads, thread) end
-- Globals, so that done() can read each thread's count with thread:get.
i, bad = 0, 0
function init(args) i = math.random(#sessions) end
-- Think time between a user's requests (BENCH_THINK_MS, 0 = none): wrk leaves it out of the latency.
local think = tonumber(os.getenv("WRK_THINK_MS") or "0")
function delay() return think end
function request()
  i = i % #sessions + 1
  return wrk.format("GET", nil, { ["Cookie"] = sessions[i] })
end
function response(status, headers, body)
  if status ~= 200 or not string.find(body, "agentsTable", 1, true) then bad = bad + 1 end
end
function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do total = total + (tonumber(t:get("bad")) or 0) end
  io.write(string.format("not the agents page or not 200: %d\n", total))
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    io.write(string.format("p%d_ms %.1f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("requests %d\n", summary.requests))
end
EOF

export BENCH_SESSIONS="$WORK/sessions.txt"
log "warm-up: $WARMUP with $CONNECTIONS connections"
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$WARMUP" -s "$WORK/agents.lua" "$BASE/workforce/agents.xhtml" \
  > "$WORK/wrk-warmup.txt"
log "single user: 10s with 1 connection"
wrk -t 1 -c 1 -d 10s --latency -s "$WORK/agents.lua" "$BASE/workforce/agents.xhtml" > "$WORK/wrk-single.txt"
log "measuring: $DURATION with $CONNECTIONS connections"
cpu_before="$(server_cpu)"
wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout 10s --latency -s "$WORK/agents.lua" \
  "$BASE/workforce/agents.xhtml" > "$WORK/wrk.txt"
cpu_after="$(server_cpu)"
log "measuring: $DURATION with $CONNECTIONS users who think ${THINK_MS} ms between pages"
WRK_THINK_MS="$THINK_MS" wrk -t "$THREADS" -c "$CONNECTIONS" -d "$DURATION" --timeout 10s --latency \
  -s "$WORK/agents.lua" "$BASE/workforce/agents.xhtml" > "$WORK/wrk-think.txt"

stop_server
trap - EXIT

field() { awk -v k="$1" '$1 == k {print $2}' "$2"; }
bad="$(sed -n 's/^not the agents page or not 200: //p' "$WORK/wrk.txt")"
p95="$(field p95_ms "$WORK/wrk.txt")"
cpu_per_request="$(awk -v a="$cpu_before" -v b="$cpu_after" -v n="$(field requests "$WORK/wrk.txt")" \
  'BEGIN {printf "%.1f", (b - a) * 1000 / n}')"
errors="$(grep -E 'Socket errors|Non-2xx' "$WORK/wrk.txt" | xargs || true)"
tee "$WORK/summary.txt" <<EOF

== OpenWFM portal benchmark, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)
first start (migrations + demo centre on MariaDB/MySQL): ${seed_seconds} s
cold start to ready (server start -> /health/ready and /login.xhtml 200), $STARTS runs: ${starts[*]} s; median ${start_median} s, max ${start_max} s (target < 30 s); server CPU at ready: ${start_cpus[*]} s
agents page with $agent_count agents ($skill_count skill rows): ${size} bytes, ${gzip_size} gzipped, view state id ${view_state_len} chars
single user (1 connection, 10 s): p50 $(field p50_ms "$WORK/wrk-single.txt") ms, p95 $(field p95_ms "$WORK/wrk-single.txt") ms, $(field requests "$WORK/wrk-single.txt") requests
$CONNECTIONS connections over $CONNECTIONS sessions, $DURATION after $WARMUP warm-up:
  p50 $(field p50_ms "$WORK/wrk.txt") ms, p90 $(field p90_ms "$WORK/wrk.txt") ms, p95 ${p95} ms, p99 $(field p99_ms "$WORK/wrk.txt") ms (target p95 < 300 ms)
  $(grep 'Requests/sec' "$WORK/wrk.txt" | xargs), $(field requests "$WORK/wrk.txt") requests, not the agents page or not 200: ${bad}${errors:+, $errors}
  server CPU per request: ${cpu_per_request} ms
$CONNECTIONS users thinking ${THINK_MS} ms between pages, $DURATION:
  p50 $(field p50_ms "$WORK/wrk-think.txt") ms, p95 $(field p95_ms "$WORK/wrk-think.txt") ms, p99 $(field p99_ms "$WORK/wrk-think.txt") ms, $(grep 'Requests/sec' "$WORK/wrk-think.txt" | xargs), not the agents page or not 200: $(sed -n 's/^not the agents page or not 200: //p' "$WORK/wrk-think.txt")
wrk output: $WORK/wrk.txt; summary: $WORK/summary.txt; server log: $SRV/logs/messages.log
EOF
