#!/usr/bin/env bash
# A database that goes away: the production jar runs against its own private MariaDB server
# (never the machine's), users log in and read pages (vn.tdkt.load.DbRestartClient); the server
# is killed (kill -9, as a crash), stays away ~20 s and is started again. Checks that users read
# the Vietnamese "database temporarily unavailable" message meanwhile, never an error page; that
# the application serves again within 30 s without a restart and the open session continues; and
# that every acknowledged login is in the audit trail. Last line: PASS or FAIL with the reason.
#
#   src/deploy/db-restart-check.sh        (from the repository root; builds the jar if missing)
# Settings: DBCHECK_APP_PORT (8093), DBCHECK_DB_PORT (3310), DBCHECK_OUTAGE_SECONDS (20),
# DBCHECK_DIR (/tmp/tdkt-db-restart-check: logs stay there).
set -uo pipefail

cd "$(dirname "$0")/../.."
APP_PORT=${DBCHECK_APP_PORT:-8093}
DB_PORT=${DBCHECK_DB_PORT:-3310}
OUTAGE=${DBCHECK_OUTAGE_SECONDS:-20}
WORK=${DBCHECK_DIR:-/tmp/tdkt-db-restart-check}
DATA=$WORK/data
SOCKET=$WORK/mariadb.sock
JAR=target/tdkt-0.1.0-SNAPSHOT.jar
DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/tdkt?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true"
DB_PID= APP_PID= CLIENT_PID=

result() { echo "$1"; exit "$2"; }
fail() { result "FAIL: $*" 1; }
now_ms() { date +%s%3N; }

cleanup() {
  [ -n "$CLIENT_PID" ] && kill "$CLIENT_PID" 2>/dev/null
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  [ -n "$DB_PID" ] && kill "$DB_PID" 2>/dev/null && wait "$DB_PID" 2>/dev/null
  rm -rf "$DATA" "$WORK/jar"
}
trap cleanup EXIT

start_db() {
  mariadbd --no-defaults --datadir="$DATA" --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$SOCKET" \
    --pid-file="$WORK/mariadb.pid" --user=root --skip-name-resolve --innodb-buffer-pool-size=128M \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci >>"$WORK/mariadb.log" 2>&1 &
  DB_PID=$!
  for _ in $(seq 1 300); do
    mariadb-admin --no-defaults --socket="$SOCKET" -uroot ping >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  return 1
}

. src/deploy/java.sh
for port in "$APP_PORT" "$DB_PORT"; do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && fail "port $port is in use"
done
rm -rf "$WORK" && mkdir -p "$WORK/control" || fail "cannot create $WORK"

echo "== building (jar if missing, test classes, class path)"
[ -f "$JAR" ] || ./mvnw -B -ntp -o -q -Pproduction package -DskipTests >"$WORK/build.log" 2>&1 \
  || fail "production build failed, see $WORK/build.log"
./mvnw -B -ntp -o -q test-compile >>"$WORK/build.log" 2>&1 || fail "test classes failed, see $WORK/build.log"
# The client's libraries (the JDBC driver) are the application's own, taken out of the jar.
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/jar" >>"$WORK/build.log" 2>&1 \
  || fail "cannot extract the jar's libraries"

echo "== private MariaDB on port $DB_PORT ($DATA)"
mariadb-install-db --no-defaults --datadir="$DATA" --user=root --auth-root-authentication-method=socket \
  --skip-test-db >"$WORK/install.log" 2>&1 || fail "mariadb-install-db failed, see $WORK/install.log"
start_db || fail "the private MariaDB did not start, see $WORK/mariadb.log"
mariadb --no-defaults --socket="$SOCKET" -uroot -e "CREATE DATABASE tdkt CHARACTER SET utf8mb4
  COLLATE utf8mb4_unicode_ci; CREATE USER 'tdkt'@'%' IDENTIFIED BY 'tdkt'; GRANT ALL ON tdkt.* TO 'tdkt'@'%';" \
  || fail "cannot create the database"

echo "== application on port $APP_PORT"
TDKT_DB_URL=$DB_URL TDKT_DB_USER=tdkt TDKT_DB_PASSWORD=tdkt PORT=$APP_PORT \
  java -Xmx768m -jar "$JAR" --spring.profiles.active=mysql,mariadb --tdkt.demo-data=true >"$WORK/app.log" 2>&1 &
APP_PID=$!
started=$(now_ms)
# Ready once the demo data (created after the web server opens) is complete.
until grep -q "Demo data created" "$WORK/app.log"; do
  kill -0 "$APP_PID" 2>/dev/null || fail "the application stopped while starting, see $WORK/app.log"
  [ $(( $(now_ms) - started )) -gt 600000 ] && fail "the application did not start in 10 min"
  sleep 2
done
echo "   started in $(( ($(now_ms) - started) / 1000 )) s"

echo "== users at work"
java -cp "target/test-classes:$WORK/jar/lib/*" vn.tdkt.load.DbRestartClient \
  "http://127.0.0.1:$APP_PORT" "$DB_URL" tdkt tdkt "$WORK/control" >"$WORK/client.log" 2>&1 &
CLIENT_PID=$!
sleep 15

echo "== the database dies (kill -9) and stays away ${OUTAGE} s"
now_ms >"$WORK/control/stopped"
kill -9 "$DB_PID"; wait "$DB_PID" 2>/dev/null; DB_PID=
sleep "$OUTAGE"

echo "== the database comes back"
start_db || fail "the private MariaDB did not start again, see $WORK/mariadb.log"
now_ms >"$WORK/control/ready"
sleep 30
touch "$WORK/control/done"

wait "$CLIENT_PID"; client=$?; CLIENT_PID=
cat "$WORK/client.log"
kill -0 "$APP_PID" 2>/dev/null || fail "the application is no longer running, see $WORK/app.log"
[ "$client" -eq 0 ] || fail "$(grep '^FAIL' "$WORK/client.log" | head -1 | sed 's/^FAIL: //') (logs in $WORK)"
result "PASS: users read the 'unavailable' message during the outage, the app served again without a restart and every acknowledged login is in the audit trail" 0
