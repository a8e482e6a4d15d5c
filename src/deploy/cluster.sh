#!/usr/bin/env bash
# Two TĐKT nodes behind HAProxy on one MariaDB/MySQL, on this machine.
#
#   TDKT_DB_URL=… TDKT_DB_USER=… TDKT_DB_PASSWORD=… src/deploy/cluster.sh start [-- extra app arguments]
#   src/deploy/cluster.sh status | stop | kill node1|node2 | restart node1|node2
#
# Needs the production jar (./mvnw -Pproduction package -DskipTests) and HAProxy (Debian package
# "haproxy"). Node 1 starts first and alone, so that only one node migrates the database (Flyway)
# and seeds an empty one; node 2 follows. The balancer listens on TDKT_LB_PORT (8090), the nodes
# on TDKT_NODE1_PORT / TDKT_NODE2_PORT (8181 / 8182). Logs and process ids: target/cluster/.
set -euo pipefail
cd "$(dirname "$0")/../.."
. src/deploy/java.sh

RUN=target/cluster
JAR=${TDKT_JAR:-target/tdkt-0.1.0-SNAPSHOT.jar}
LB_PORT=${TDKT_LB_PORT:-8090}
NODE1_PORT=${TDKT_NODE1_PORT:-8181}
NODE2_PORT=${TDKT_NODE2_PORT:-8182}
HEAP=${TDKT_NODE_HEAP:-1g}
PROFILES=${TDKT_PROFILES:-mysql,mariadb}

port_of() { case "$1" in node1) echo "$NODE1_PORT";; node2) echo "$NODE2_PORT";; *) echo "unknown node $1" >&2; exit 2;; esac; }
pid_of() { cat "$RUN/$1.pid" 2>/dev/null || true; }
running() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
alive() { curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$1/actuator/health/readiness"; }

wait_alive() {
  local node=$1 port; port=$(port_of "$1")
  for _ in $(seq 1 180); do
    if alive "$port"; then echo "$node is up on port $port"; return 0; fi
    running "$node" || { echo "$node stopped while starting; see $RUN/$node.log" >&2; tail -20 "$RUN/$node.log" >&2; exit 1; }
    sleep 1
  done
  echo "$node did not come up within 180 s; see $RUN/$node.log" >&2; exit 1
}

start_node() {
  local node=$1 port; port=$(port_of "$1"); shift
  if running "$node"; then echo "$node already runs (pid $(pid_of "$node"))"; return 0; fi
  : "${TDKT_DB_URL:?set TDKT_DB_URL (and TDKT_DB_USER, TDKT_DB_PASSWORD)}"
  PORT=$port TDKT_NODE_ID=$node TDKT_FORWARD_HEADERS=native \
    nohup java "-Xmx$HEAP" -jar "$JAR" "--spring.profiles.active=$PROFILES" "$@" >"$RUN/$node.log" 2>&1 &
  echo $! >"$RUN/$node.pid"
  wait_alive "$node"
}

start_balancer() {
  if [ -f "$RUN/haproxy.pid" ] && kill -0 "$(cat "$RUN/haproxy.pid")" 2>/dev/null; then return 0; fi
  command -v haproxy >/dev/null || { echo "HAProxy is missing: apt-get install haproxy" >&2; exit 1; }
  TDKT_LB_BIND="127.0.0.1:$LB_PORT" TDKT_NODE1_ADDR="127.0.0.1:$NODE1_PORT" TDKT_NODE2_ADDR="127.0.0.1:$NODE2_PORT" \
    haproxy -D -p "$RUN/haproxy.pid" -f src/deploy/haproxy.cfg
  for _ in $(seq 1 20); do
    curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$LB_PORT/actuator/health/readiness" && break
    sleep 1
  done
  echo "HAProxy listens on http://127.0.0.1:$LB_PORT"
}

stop_pid() {
  local file=$1 pid; pid=$(cat "$file" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"; for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

command=${1:-}; shift || true
[ "${1:-}" = "--" ] && shift
mkdir -p "$RUN"
case "$command" in
  start)
    [ -f "$JAR" ] || { echo "no $JAR: ./mvnw -Pproduction package -DskipTests" >&2; exit 1; }
    start_node node1 "$@"
    start_node node2 "$@"
    : >"$RUN/args"; [ $# -eq 0 ] || printf '%s\n' "$@" >"$RUN/args"
    start_balancer
    ;;
  stop)
    stop_pid "$RUN/haproxy.pid"; stop_pid "$RUN/node1.pid"; stop_pid "$RUN/node2.pid"
    echo "stopped"
    ;;
  status)
    for node in node1 node2; do
      if running "$node" && alive "$(port_of "$node")"; then echo "$node up (pid $(pid_of "$node"))"; else echo "$node down"; fi
    done
    ;;
  kill)
    # As a crash would: no shutdown hooks, no goodbye to the database or the balancer.
    node=${1:?kill node1|node2}; port_of "$node" >/dev/null
    kill -9 "$(pid_of "$node")"; rm -f "$RUN/$node.pid"; echo "$node killed"
    ;;
  restart)
    node=${1:?restart node1|node2}
    mapfile -t args <"$RUN/args"
    start_node "$node" "${args[@]}"
    ;;
  *)
    sed -n '2,10p' "$0"; exit 2
    ;;
esac
