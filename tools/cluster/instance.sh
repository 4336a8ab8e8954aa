#!/usr/bin/env bash
# One WildFly instance of the shared topology, on the server tools/cluster/provision.sh made in
# DIR/wildfly, with a base directory of its own (DIR/instance-N: configuration, deployments, the
# transaction log, logs) so that instances on one machine never share state that is theirs.
#
#   tools/cluster/instance.sh start DIR N     start instance N in the background (returns at once)
#   tools/cluster/instance.sh wait DIR N      wait until its health check answers (exit 1 if it died or took > 5 min)
#   tools/cluster/instance.sh kill DIR N      kill -9 its whole process group (a crash)
#   tools/cluster/instance.sh stop DIR N      stop it (TERM, then KILL after 60 s)
#
# What the instance needs comes from DIR/cluster.env (written by topology.sh): PG_PORT, BROKER_PORT,
# ADMIN (LOGIN:PASSWORD), LINK_SECRET, PORT_OFFSET_N (its port offset), JAVA_SIZING (heap, default -Xms256m -Xmx768m),
# INSTANCE_PROPS (more -D options for every instance).
# Every instance gets: -Djboss.node.name=callrec-N (also its transaction node identifier), the
# PostgreSQL URL, the broker's port, the shared storage DIR/storage, the same play-link secret.
set -euo pipefail
cmd=${1:?usage: instance.sh start|wait|kill|stop DIR N}
dir=$(cd "${2:?cluster folder}" && pwd)
n=${3:?instance number}
# shellcheck disable=SC1091
. "$dir/cluster.env"
base=$dir/instance-$n
offset_var=PORT_OFFSET_$n
offset=${!offset_var:?no PORT_OFFSET_$n in $dir/cluster.env}
port=$((8080 + offset))

case "$cmd" in
  start)
    if [ ! -d "$base/configuration" ]; then
      mkdir -p "$base"
      cp -a "$dir/wildfly/standalone/configuration" "$base/"
      mkdir -p "$base/deployments"
    fi
    cp "$dir/callrec.ear" "$base/deployments/callrec.ear"
    rm -f "$base"/deployments/callrec.ear.*
    JBOSS_JAVA_SIZING="${JAVA_SIZING:--Xms256m -Xmx768m}" \
    setsid "$dir/wildfly/bin/standalone.sh" -c standalone-full.xml \
      -Djboss.server.base.dir="$base" -Djboss.node.name="callrec-$n" \
      -Djboss.socket.binding.port-offset="$offset" \
      -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
      -Dcallrec.db.url="jdbc:postgresql://127.0.0.1:$PG_PORT/callrec" \
      -Dcallrec.broker.host=127.0.0.1 -Dcallrec.broker.port="$BROKER_PORT" \
      -Dcallrec.storage.dir="$dir/storage" -Dcallrec.link.secret="$LINK_SECRET" \
      -Dcallrec.bootstrap-admin="$ADMIN" ${INSTANCE_PROPS:-} \
      >>"$base/console.log" 2>&1 </dev/null &
    echo $! >"$base/pid"
    ;;
  wait)
    for _ in $(seq 1 300); do
      if curl -fsS -o /dev/null "http://127.0.0.1:$port/api/v1/health" 2>/dev/null; then exit 0; fi
      pid=$(cat "$base/pid" 2>/dev/null || echo 0)
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "instance $n died while starting; its log:" >&2; tail -40 "$base/console.log" >&2; exit 1
      fi
      if grep -q "WFLYSRV0026\|WFLYCTL0186" "$base/log/server.log" 2>/dev/null; then
        echo "instance $n started with errors:" >&2; grep -m5 "ERROR" "$base/log/server.log" >&2; exit 1
      fi
      sleep 1
    done
    echo "instance $n did not answer its health check within 5 min" >&2; exit 1
    ;;
  kill)
    [ -f "$base/pid" ] || exit 0
    pid=$(cat "$base/pid")
    kill -KILL -- -"$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    rm -f "$base/pid"
    ;;
  stop)
    [ -f "$base/pid" ] || exit 0
    pid=$(cat "$base/pid")
    kill -TERM -- -"$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- -"$pid" 2>/dev/null || true
    rm -f "$base/pid"
    ;;
  *) echo "usage: instance.sh start|wait|kill|stop DIR N" >&2; exit 2 ;;
esac
