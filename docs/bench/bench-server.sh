# Shared by the benchmark scripts (sourced, not run): builds the EAR if needed, installs Open Liberty into
# wfm-ear/target/liberty, (re)creates the Liberty server $SERVER on $HTTP_PORT/$HTTPS_PORT with a fresh
# MariaDB/MySQL database $DB_NAME, and defines log, die, sql, now, since, server_cpu, stop_server and
# wait_ready. The caller sets ROOT, SERVER, HTTP_PORT, HTTPS_PORT, DB_HOST, DB_PORT, DB_USER, DB_PASSWORD,
# DB_NAME, BASE, BENCH_NAME (its work folder under wfm-ear/target) and BENCH_TOOLS (commands it needs).

TARGET="$ROOT/wfm-ear/target"
WLP="$TARGET/liberty/wlp"
SRV="$WLP/usr/servers/$SERVER"
WORK="$TARGET/$BENCH_NAME"
mkdir -p "$WORK"

log() { printf '[%s %s] %s\n' "$BENCH_NAME" "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
sql() { MYSQL_PWD="$DB_PASSWORD" mysql -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" --batch --skip-column-names "$@"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.1f", b - a}'; }

for tool in $BENCH_TOOLS; do
  command -v "$tool" >/dev/null || die "$tool not found on PATH (Debian: apt-get install -y $tool)"
done
sql -e 'SELECT 1' >/dev/null || die "cannot reach MariaDB/MySQL at $DB_HOST:$DB_PORT as $DB_USER"

stop_server() {
  if [[ -x "$WLP/bin/server" && -d "$SRV" ]]; then
    "$WLP/bin/server" stop "$SERVER" >/dev/null 2>&1 || true
  fi
}
trap stop_server EXIT

# CPU seconds (user + system) the server's JVM has used so far: a figure the other load on the machine
# changes much less than wall-clock time.
server_cpu() {
  local pid
  pid="$(cat "$WLP/usr/servers/.pid/$SERVER.pid")"
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---- build, runtime, server -------------------------------------------------------------------------------
if [[ "${BENCH_REBUILD:-0}" == 1 || ! -f "$TARGET/wfm.ear" || ! -f "$TARGET/jdbc/mysql-connector-j.jar" ]]; then
  log "building the EAR (mvn -q -pl wfm-ear -am package -DskipTests)"
  (cd "$ROOT" && mvn -q -pl wfm-ear -am package -DskipTests)
fi

if [[ ! -x "$WLP/bin/server" ]]; then
  version="$(sed -n 's:.*<openliberty.version>\(.*\)</openliberty.version>.*:\1:p' "$ROOT/pom.xml")"
  zip="$HOME/.m2/repository/io/openliberty/openliberty-runtime/$version/openliberty-runtime-$version.zip"
  if [[ ! -f "$zip" ]]; then
    log "fetching Open Liberty $version"
    mvn -q dependency:get -Dartifact="io.openliberty:openliberty-runtime:$version:zip" -Dtransitive=false
  fi
  log "installing Open Liberty $version into $TARGET/liberty"
  mkdir -p "$TARGET/liberty" && unzip -q -o "$zip" -d "$TARGET/liberty"
fi

stop_server
[[ -d "$SRV" ]] || "$WLP/bin/server" create "$SERVER" >/dev/null
port_free "$HTTP_PORT" || die "port $HTTP_PORT is in use (set BENCH_HTTP_PORT)"
# The same configuration, drivers and EAR as the `wfm` server that liberty-maven-plugin creates.
cp "$ROOT/wfm-ear/src/main/liberty/config/server.xml" "$SRV/server.xml"
mkdir -p "$SRV/jdbc" "$SRV/apps" "$SRV/configDropins/overrides"
cp "$TARGET/jdbc/"*.jar "$SRV/jdbc/"
cp "$TARGET/wfm.ear" "$SRV/apps/wfm.ear"
cat > "$SRV/configDropins/overrides/wfm-bench-app.xml" <<'EOF'
<server>
  <enterpriseApplication id="wfm" name="wfm" location="wfm.ear"/>
</server>
EOF
cat > "$SRV/bootstrap.properties" <<EOF
default.http.port=$HTTP_PORT
default.https.port=$HTTPS_PORT
EOF
cat > "$SRV/server.env" <<EOF
WFM_DB_URL=jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true
WFM_DB_USER=$DB_USER
WFM_DB_PASSWORD=$DB_PASSWORD
WFM_DEMO_DATA=true
EOF
rm -rf "$SRV/logs"

# ---- fresh database with the demo centre ------------------------------------------------------------------
sql -e "DROP DATABASE IF EXISTS $DB_NAME; CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

# Polls until both URLs answer 200; prints the seconds since $1.
wait_ready() {
  local t0="$1" limit="$2" ready login
  while :; do
    ready="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/health/ready" || true)"
    if [[ "$ready" == 200 ]]; then
      login="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/login.xhtml" || true)"
      [[ "$login" == 200 ]] && break
    fi
    if awk -v s="$(since "$t0")" -v l="$limit" 'BEGIN {exit !(s > l)}'; then
      die "not ready after ${limit}s (health $ready); see $SRV/logs/messages.log"
    fi
    sleep 0.2
  done
  since "$t0"
}

