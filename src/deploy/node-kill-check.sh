#!/usr/bin/env bash
# Kills one of two nodes while users work, then checks what they saw and what the database holds.
# Ends with one line: "NODE-KILL CHECK: PASS" or "NODE-KILL CHECK: FAIL (reasons)"; exit code 0 / 1.
#
#   src/deploy/node-kill-check.sh            # 40 users, kill after 60 s, go on for 40 s
#   USERS=100 KILL_AFTER=90 RUN_AFTER=60 src/deploy/node-kill-check.sh
#
# Needs MariaDB at 127.0.0.1:3306 with an administrator the `mariadb` client reaches without a
# password (root on a Debian machine), HAProxy, a JDK 21+. The database tdkt_load_2n is recreated,
# filled with the demo data by node 1, and left behind for inspection.
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/deploy/java.sh
USERS=${USERS:-40}
KILL_AFTER=${KILL_AFTER:-60}
RUN_AFTER=${RUN_AFTER:-40}
DB=${TDKT_CHECK_DB:-tdkt_load_2n}
OUT=target/cluster
SQL() { mariadb -N -B "$DB" -e "$1"; }

command -v haproxy >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
# The production jar (SKIP_BUILD=1 takes the one in target/ as it is), and the check's client.
[ "${SKIP_BUILD:-0}" = 1 ] || ./mvnw -B -ntp -q -Pproduction package -DskipTests
./mvnw -B -ntp -q -Pload test-compile

mariadb -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'tdkt'@'localhost' IDENTIFIED BY 'tdkt'; CREATE USER IF NOT EXISTS 'tdkt'@'127.0.0.1' IDENTIFIED BY 'tdkt';
  GRANT ALL ON $DB.* TO 'tdkt'@'localhost'; GRANT ALL ON $DB.* TO 'tdkt'@'127.0.0.1';"
export TDKT_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true"
export TDKT_DB_USER=tdkt TDKT_DB_PASSWORD=tdkt

src/deploy/cluster.sh stop >/dev/null
trap 'src/deploy/cluster.sh stop >/dev/null' EXIT
src/deploy/cluster.sh start -- --tdkt.demo-data=true
started=$(date -u '+%F %T')

reasons=()
java -cp target/test-classes vn.tdkt.load.NodeKillCheck "http://127.0.0.1:${TDKT_LB_PORT:-8090}" "$USERS" \
  "$KILL_AFTER" "$RUN_AFTER" "$OUT" src/deploy/cluster.sh kill node1 || reasons+=("what the users saw")

# Every login the application acknowledged left its audit record (written before the answer).
while read -r account count; do
  stored=$(SQL "SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN' AND username = '$account' AND occurred_at >= '$started'")
  if [ "$stored" -lt "$count" ]; then reasons+=("$account: $count logins acknowledged, $stored in the audit trail"); fi
done <"$OUT/acknowledged-logins.txt"
echo "acknowledged logins: $(awk '{s += $2} END {print s}' "$OUT/acknowledged-logins.txt"), all in the audit trail unless said below"

# Every decision the secretaries saw recorded is recorded, with both its awards.
acknowledged=0
while read -r number; do
  acknowledged=$((acknowledged + 1))
  found=$(SQL "SELECT CONCAT(d.status, ' ', COUNT(a.id)) FROM dc_decision d LEFT JOIN dc_award a ON a.decision_id = d.id
    WHERE d.doc_number = '$number' GROUP BY d.id, d.status")
  [ "$found" = "RECORDED 2" ] || reasons+=("decision $number acknowledged, in the database: '${found:-nothing}'")
done <"$OUT/acknowledged-decisions.txt"
echo "acknowledged decisions: $acknowledged, all recorded with their 2 awards unless said below"

# Nothing half-written: no recorded decision without its awards (a draft the secretary was still
# filling in when the node died may have none yet), and the kept statistics equal a recount.
empty=$(SQL "SELECT COUNT(*) FROM dc_decision d WHERE d.status <> 'DRAFT'
  AND NOT EXISTS (SELECT 1 FROM dc_award a WHERE a.decision_id = d.id)")
[ "$empty" = 0 ] || reasons+=("$empty recorded decisions without awards")
drift=$(SQL "SELECT COUNT(*) FROM (
    SELECT state, COALESCE(unit_id, 0) u, award_year, award_type_id, kind, COALESCE(gender, '') g, COUNT(*) n
    FROM dc_award WHERE state <> 'DRAFT' GROUP BY state, COALESCE(unit_id, 0), award_year, award_type_id, kind, COALESCE(gender, '')) live
  LEFT JOIN dc_award_count c ON c.state = live.state AND c.unit_id = live.u AND c.award_year = live.award_year
    AND c.award_type_id = live.award_type_id AND c.kind = live.kind AND c.gender = live.g
  WHERE c.n IS NULL OR c.n <> live.n")
extra=$(SQL "SELECT COUNT(*) FROM dc_award_count c WHERE c.n <> 0 AND NOT EXISTS (SELECT 1 FROM dc_award a
  WHERE a.state = c.state AND COALESCE(a.unit_id, 0) = c.unit_id AND a.award_year = c.award_year
    AND a.award_type_id = c.award_type_id AND a.kind = c.kind AND COALESCE(a.gender, '') = c.gender)")
[ "$drift" = 0 ] && [ "$extra" = 0 ] || reasons+=("statistics differ from a recount in $drift + $extra rows")
echo "recorded decisions without awards: $empty; statistics rows differing from a recount: $((drift + extra))"

src/deploy/cluster.sh status
if [ ${#reasons[@]} -eq 0 ]; then
  echo "NODE-KILL CHECK: PASS"
else
  printf 'NODE-KILL CHECK: FAIL (%s)\n' "$(IFS=';'; echo "${reasons[*]}")"; exit 1
fi
