#!/usr/bin/env bash
# The shared topology on one machine, on loopback: PostgreSQL, a standalone Artemis broker and N WildFly
# instances with the same EAR, the same database, broker and storage folder. For tools/cluster-check.sh,
# benchmarks, and trying the production layout of docs/deploy.md before building it on three machines.
#
#   tools/cluster/topology.sh up DIR [N]   provision (first time), start PostgreSQL, the broker and
#                                          instances 1..N (default 2), one after the other; prints the URLs
#   tools/cluster/topology.sh down DIR     stop every instance, the broker and PostgreSQL
#
# Needs the project built (mvn install -DskipTests: ear/target/callrec.ear, wildfly-config/target/wildfly).
# Settings (environment): PG_PORT (55432), BROKER_PORT (61716), OFFSETS (port offsets of instances 1..N,
# default "600 700 800 ..."; instance i answers on 8080 + offset), ADMIN (LOGIN:PASSWORD of the first
# admin, default admin:cluster-admin-password), LINK_SECRET, JAVA_SIZING, INSTANCE_PROPS (more -D options),
# MVN_ARGS (for fetching Artemis, e.g. -Dmaven.repo.local=...). DIR keeps everything: wildfly/ (the server),
# instance-N/ (base directories), postgres/, broker/, storage/ (the shared recordings folder).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cmd=${1:?usage: topology.sh up DIR [N] | down DIR}
dir=${2:?cluster folder}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

case "$cmd" in
  up)
    n=${3:-2}
    [ -f "$root/ear/target/callrec.ear" ] || { echo "topology.sh: build first (mvn install -DskipTests)" >&2; exit 1; }
    [ -x "$dir/wildfly/bin/standalone.sh" ] || "$here/provision.sh" "$dir/wildfly"
    cp "$root/ear/target/callrec.ear" "$dir/callrec.ear"
    offsets=(${OFFSETS:-600 700 800 900 1000 1100})
    {
      echo "PG_PORT=${PG_PORT:-55432}"
      echo "BROKER_PORT=${BROKER_PORT:-61716}"
      echo "ADMIN='${ADMIN:-admin:cluster-admin-password}'"
      echo "LINK_SECRET='${LINK_SECRET:-cluster-play-link-secret-$(date +%s%N)}'"
      echo "INSTANCES=$n"
      for i in $(seq 1 "$n"); do echo "PORT_OFFSET_$i=${offsets[$((i - 1))]}"; done
    } >"$dir/cluster.env.new"
    # The secret stays what it was if the topology existed (play links already issued keep working).
    if [ -f "$dir/cluster.env" ]; then
      grep '^LINK_SECRET=' "$dir/cluster.env" >>"$dir/cluster.env.new"
    fi
    mv "$dir/cluster.env.new" "$dir/cluster.env"
    # shellcheck disable=SC1091
    . "$dir/cluster.env"
    mkdir -p "$dir/storage"
    "$here/postgres.sh" start "$dir/postgres" "$PG_PORT"
    [ -f "$dir/broker/port" ] || "$here/artemis.sh" create "$dir/broker" "$BROKER_PORT"
    "$here/artemis.sh" start "$dir/broker"
    for i in $(seq 1 "$n"); do
      "$here/instance.sh" start "$dir" "$i"
      "$here/instance.sh" wait "$dir" "$i"
    done
    echo "shared topology up in $dir:"
    echo "  PostgreSQL 127.0.0.1:$PG_PORT (database callrec), Artemis 127.0.0.1:$BROKER_PORT, storage $dir/storage"
    for i in $(seq 1 "$n"); do
      off=PORT_OFFSET_$i
      echo "  instance $i (callrec-$i): http://127.0.0.1:$((8080 + ${!off}))/api/v1/  log $dir/instance-$i/log/server.log"
    done
    ;;
  down)
    for base in "$dir"/instance-*; do
      [ -d "$base" ] && "$here/instance.sh" stop "$dir" "${base##*-}"
    done
    "$here/artemis.sh" stop "$dir/broker"
    "$here/postgres.sh" stop "$dir/postgres"
    ;;
  *) echo "usage: topology.sh up DIR [N] | down DIR" >&2; exit 2 ;;
esac
