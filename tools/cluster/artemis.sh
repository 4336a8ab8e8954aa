#!/usr/bin/env bash
# The standalone ActiveMQ Artemis broker of the shared topology (the distribution from Maven Central,
# org.apache.activemq:apache-artemis:2.40.0:zip:bin), made and run in a folder of its own:
#
#   tools/cluster/artemis.sh create DIR PORT   fetch the distribution (mvn; MVN_ARGS are passed on, e.g.
#                                              -Dmaven.repo.local=...), create a broker instance in DIR
#                                              listening on 127.0.0.1:PORT with the conversion queues
#   tools/cluster/artemis.sh start DIR         start it in the background (log in DIR/broker.log), wait until it listens
#   tools/cluster/artemis.sh stop DIR          stop it (kill its process group if it does not stop)
#
# The broker holds what the WildFly instances' external-jms-queue entries name: CallrecConversion and
# CallrecConversionDLQ (anycast), the redelivery policy the embedded broker has (4 deliveries, 1 s
# doubling up to 60 s, then the dead-letter queue), and likewise CallrecMail and CallrecMailDLQ (30
# deliveries, 60 s doubling up to 1 h: over 24 h) and CallrecExport and CallrecExportDLQ (30 deliveries,
# 10 s doubling up to 1 h), user callrec/$BROKER_PASSWORD (default callrec).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=2.40.0
cmd=${1:?usage: artemis.sh create DIR PORT | start DIR | stop DIR}
dir=${2:?broker folder}

case "$cmd" in
  create)
    port=${3:?port}
    dist=$root/target/artemis/apache-artemis-$version
    if [ ! -x "$dist/bin/artemis" ]; then
      mvn -B -q ${MVN_ARGS:-} -f "$root/pom.xml" -N dependency:unpack \
        -Dartifact=org.apache.activemq:apache-artemis:$version:zip:bin -DoutputDirectory="$root/target/artemis" >/dev/null
    fi
    rm -rf "$dir"
    "$dist/bin/artemis" create "$dir" --silent --force --user callrec --password "${BROKER_PASSWORD:-callrec}" \
      --require-login --host 127.0.0.1 --default-port "$port" --http-port $((port + 1)) --no-web \
      --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor \
      --queues CallrecConversion:anycast,CallrecConversionDLQ:anycast,CallrecMail:anycast,CallrecMailDLQ:anycast,CallrecExport:anycast,CallrecExportDLQ:anycast --java-memory "${BROKER_MEMORY:-512M}" \
      >"$dir.create.log" 2>&1 || { cat "$dir.create.log" >&2; exit 1; }
    # The conversion, mail and export queues' redelivery policies and dead-letter addresses, as configure-messaging.cli
    # gives the embedded broker.
    policy='      <address-setting match="CallrecConversion">\
         <dead-letter-address>CallrecConversionDLQ</dead-letter-address>\
         <max-delivery-attempts>4</max-delivery-attempts>\
         <redelivery-delay>1000</redelivery-delay>\
         <redelivery-delay-multiplier>2.0</redelivery-delay-multiplier>\
         <max-redelivery-delay>60000</max-redelivery-delay>\
      </address-setting>\
      <address-setting match="CallrecMail">\
         <dead-letter-address>CallrecMailDLQ</dead-letter-address>\
         <max-delivery-attempts>30</max-delivery-attempts>\
         <redelivery-delay>60000</redelivery-delay>\
         <redelivery-delay-multiplier>2.0</redelivery-delay-multiplier>\
         <max-redelivery-delay>3600000</max-redelivery-delay>\
      </address-setting>\
      <address-setting match="CallrecExport">\
         <dead-letter-address>CallrecExportDLQ</dead-letter-address>\
         <max-delivery-attempts>30</max-delivery-attempts>\
         <redelivery-delay>10000</redelivery-delay>\
         <redelivery-delay-multiplier>2.0</redelivery-delay-multiplier>\
         <max-redelivery-delay>3600000</max-redelivery-delay>\
      </address-setting>'
    sed -i "s|^\( *\)<address-settings>|&\n$policy|" "$dir/etc/broker.xml"
    grep -q '<address-setting match="CallrecConversion">' "$dir/etc/broker.xml" \
      || { echo "artemis.sh: could not add the address setting to $dir/etc/broker.xml" >&2; exit 1; }
    echo "$port" >"$dir/port"
    ;;
  start)
    port=$(cat "$dir/port")
    setsid "$dir/bin/artemis" run >"$dir/broker.log" 2>&1 </dev/null &
    echo $! >"$dir/pid"
    for _ in $(seq 1 120); do
      if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then exit 0; fi
      kill -0 "$(cat "$dir/pid")" 2>/dev/null || { tail -30 "$dir/broker.log" >&2; exit 1; }
      sleep 0.5
    done
    echo "artemis.sh: the broker did not listen on $port within 60 s" >&2; tail -30 "$dir/broker.log" >&2; exit 1
    ;;
  stop)
    [ -f "$dir/pid" ] || exit 0
    pid=$(cat "$dir/pid")
    kill -TERM -- -"$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- -"$pid" 2>/dev/null || true
    rm -f "$dir/pid"
    ;;
  *) echo "usage: artemis.sh create DIR PORT | start DIR | stop DIR" >&2; exit 2 ;;
esac
