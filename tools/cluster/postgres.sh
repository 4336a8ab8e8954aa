#!/usr/bin/env bash
# A throw-away PostgreSQL (Debian's package) for tests and tools/cluster-check.sh: its own data folder,
# listening on 127.0.0.1 only, on a port of your choice, with a database and user "callrec".
#
#   tools/cluster/postgres.sh start DIR PORT     initdb (first time) and start; prints nothing else on success
#   tools/cluster/postgres.sh stop DIR           fast shutdown (no error if not running)
#   tools/cluster/postgres.sh psql DIR PORT ...  psql as the superuser (e.g. -c 'select 1')
#
# PostgreSQL refuses to run as root: as root the server runs as the system user "postgres" (created by
# the Debian package), which then owns DIR. max_prepared_transactions > 0 lets the XA datasource of the
# shared topology prepare its transactions (two-phase commit with the Artemis broker).
set -euo pipefail

cmd=${1:?usage: postgres.sh start|stop|psql DIR [PORT]}
dir=${2:?data folder}
port=${3:-55432}

bindir=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && bindir=$d; done
[ -n "$bindir" ] || { echo "postgres.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
      cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
max_connections = 200
max_prepared_transactions = 100
shared_buffers = 64MB
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
    fi
    if ! as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "-p $port" start >/dev/null \
        || { tail -20 "$dir/server.log" >&2; exit 1; }
    fi
    if ! as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atqc \
        "select 1 from pg_roles where rolname = 'callrec'" | grep -q 1; then
      as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q \
        -c "create user callrec password 'callrec'" -c "create database callrec owner callrec" >/dev/null
    fi
    ;;
  stop)
    [ -f "$dir/data/postmaster.pid" ] || exit 0
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null || true
    ;;
  psql)
    shift 3
    as_owner "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d callrec -v ON_ERROR_STOP=1 "$@"
    ;;
  *) echo "usage: postgres.sh start|stop|psql DIR [PORT]" >&2; exit 2 ;;
esac
