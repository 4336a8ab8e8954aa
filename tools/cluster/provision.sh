#!/usr/bin/env bash
# Makes a WildFly for the shared topology (PostgreSQL + a standalone Artemis broker + N instances) from
# the server the build provisioned (wildfly-config/target/wildfly, configured by the default scripts),
# without touching it: copies it to DEST, installs the PostgreSQL driver module and applies
# wildfly-config/src/main/cli/topology/configure-*.cli offline. Every instance then runs this one server
# home with a base directory of its own (tools/cluster/instance.sh).
#
#   tools/cluster/provision.sh DEST        (after mvn install / mvn package of the project)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dest=${1:?usage: provision.sh DEST}
src=$root/wildfly-config/target/wildfly
driver=$root/wildfly-config/target/drivers/postgresql.jar
[ -x "$src/bin/standalone.sh" ] || { echo "provision.sh: build the project first ($src is missing)" >&2; exit 1; }
[ -f "$driver" ] || { echo "provision.sh: $driver is missing (built by the wildfly-config module)" >&2; exit 1; }

rm -rf "$dest"
mkdir -p "$dest"
cp -a "$src/." "$dest/"
rm -rf "$dest/standalone/data" "$dest/standalone/log" "$dest/standalone/tmp" "$dest/standalone/deployments/"*
modules=$dest/modules/org/postgresql/main
mkdir -p "$modules"
cp "$root/wildfly-config/src/main/modules/org/postgresql/main/module.xml" "$driver" "$modules/"

cli=$dest/topology.cli
{
  echo "embed-server --server-config=standalone-full.xml --std-out=discard"
  for f in "$root"/wildfly-config/src/main/cli/topology/configure-*.cli; do cat "$f"; echo; done
  echo "stop-embedded-server"
} >"$cli"
JBOSS_HOME=$dest NOPAUSE=true "$dest/bin/jboss-cli.sh" --file="$cli" >"$dest/topology-cli.log" 2>&1 \
  || { cat "$dest/topology-cli.log" >&2; exit 1; }
rm -rf "$dest/standalone/configuration/standalone_xml_history"
