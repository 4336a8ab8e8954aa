#!/usr/bin/env bash
# Runs the call recording server with its embedded defaults, in the foreground (Ctrl-C stops it).
#
# On a fresh machine this builds the project, provisions WildFly from Maven Central (the first time:
# a 250 MB download), applies the wildfly-config/ CLI scripts, deploys the EAR and starts the server:
#   - file-based H2 database and the embedded Artemis broker under var/server/data (kept across runs)
#   - recordings and the capture spool under var/storage
# Extra arguments go to WildFly's standalone.sh, e.g. ./run.sh -Djboss.socket.binding.port-offset=100
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD

mvn -B -q -DskipTests install

home=$root/wildfly-config/target/wildfly
base=$root/var/server
mkdir -p "$base/deployments" "$base/data" "$base/log" "$root/var/storage"
# Configuration and deployment are refreshed on every start; data and logs stay.
rm -rf "$base/configuration"
cp -r "$home/standalone/configuration" "$base/configuration"
rm -f "$base"/deployments/callrec.ear*
cp ear/target/callrec.ear "$base/deployments/"

cat <<INFO
callrec is starting on WildFly (ready in about half a minute):
  REST API     http://localhost:8080/api/v1/      (POST calls, GET recordings/{id}, GET recordings/{id}/audio)
  health       http://localhost:8080/api/v1/health    and WildFly's http://localhost:9990/health
  OpenAPI      http://localhost:8080/api/openapi.yaml
  data         $root/var
  log in       every path but health and OpenAPI needs credentials. On the first start the server
               creates the admin 'admin' and prints its password once in the log below (look for
               "callrec: no admin existed"); or start with -Dcallrec.bootstrap-admin=LOGIN:PASSWORD
INFO
exec "$home/bin/standalone.sh" -c standalone-full.xml \
  -Djboss.server.base.dir="$base" \
  -Dcallrec.storage.dir="$root/var/storage" \
  "$@"
