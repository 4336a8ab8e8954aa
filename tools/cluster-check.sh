#!/usr/bin/env bash
# Proves the shared topology under failure, on loopback: starts PostgreSQL, a standalone Artemis broker
# and two WildFly instances with the same EAR (tools/cluster/topology.sh), posts CALLS captures spread
# over both as a switch would (an API token, several at once), kill -9s instance 2 while it converts,
# posts on to instance 1 meanwhile, starts instance 2 again, posts the rest over both, and once every
# recording is final checks that:
#   - every posted call has exactly one recording, and it is AVAILABLE;
#   - every AVAILABLE recording's audio file exists at its path with its SHA-256, and no other audio file
#     exists (no duplicate or stray file; leftover temporary files of killed attempts are counted apart);
#   - the outbox (recording_event) has exactly one AVAILABLE event per recording, and
#     GET /api/v1/recording-events serves each exactly once.
# The life-cycle jobs run every 10 s on both instances meanwhile (callrec.jobs.interval-seconds), so their
# leases are taken and given back across the kill; the job_lease rows are listed at the end.
# Its last line is "lost=N duplicated=M" followed by the figures; it exits 1 unless both are 0 and every
# check passed. Everything it started is stopped on exit, failure included.
#
#   tools/cluster-check.sh [--calls 200] [--min-seconds 20] [--max-seconds 240] [--dir target/cluster-check]
#                          [--no-build] [--keep]
#
#   --no-build  use the project as built (ear/target, wildfly-config/target), e.g. right after mvn verify
#   --keep      leave the topology running at the end (tools/cluster/topology.sh down DIR stops it)
# Environment: MVN_ARGS (e.g. -Dmaven.repo.local=...), PG_PORT (55432), BROKER_PORT (61716),
# OFFSETS ("600 700": port offsets of the two instances).
set -euo pipefail
export LC_ALL=C
root=$(cd "$(dirname "$0")/.." && pwd)
cluster=$root/tools/cluster

calls=200 min_s=20 max_s=240 dir=$root/target/cluster-check build=1 keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --calls) calls=$2; shift 2 ;;
    --min-seconds) min_s=$2; shift 2 ;;
    --max-seconds) max_s=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    *) echo "usage: cluster-check.sh [--calls N] [--min-seconds S] [--max-seconds S] [--dir DIR] [--no-build] [--keep]" >&2; exit 2 ;;
  esac
done
[ "$calls" -ge 10 ] || { echo "cluster-check.sh: at least 10 calls" >&2; exit 2; }
export PG_PORT=${PG_PORT:-55432} BROKER_PORT=${BROKER_PORT:-61716} OFFSETS=${OFFSETS:-600 700}
export ADMIN="admin:cluster-check-admin-password"
started=$(date +%s)
log() { echo "cluster-check: $*" >&2; }

cleanup() {
  status=$?
  [ -z "${poster:-}" ] || kill "$poster" 2>/dev/null || true
  if [ "$keep" = 1 ] && [ $status = 0 ]; then
    log "left running; stop it with: tools/cluster/topology.sh down $dir"
  elif [ -d "$dir" ]; then
    "$cluster/topology.sh" down "$dir" >/dev/null 2>&1 || true
  fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$build" = 1 ]; then
  log "building (mvn install -DskipTests)"
  mvn -B -q ${MVN_ARGS:-} -f "$root/pom.xml" install -DskipTests >/dev/null
fi
if [ -d "$dir" ]; then "$cluster/topology.sh" down "$dir" >/dev/null 2>&1 || true; fi
rm -rf "$dir"
mkdir -p "$dir/captures"
dir=$(cd "$dir" && pwd)
log "writing $calls captures of $min_s-$max_s s"
java "$cluster/CaptureGen.java" --many "$dir/captures" "$calls" "$min_s" "$max_s" $(( $(date +%s) - 3600 ))

log "starting PostgreSQL, the broker and two instances in $dir"
INSTANCE_PROPS="-Dcallrec.jobs.interval-seconds=10 ${INSTANCE_PROPS:-}" \
  "$cluster/topology.sh" up "$dir" 2 >"$dir/topology.log" 2>&1 || { cat "$dir/topology.log" >&2; exit 1; }
# shellcheck disable=SC1091
. "$dir/cluster.env"
url() { local off=PORT_OFFSET_$1; echo "http://127.0.0.1:$((8080 + ${!off}))/api/v1"; }
sql() { "$cluster/postgres.sh" psql "$dir/postgres" "$PG_PORT" -Atc "$1"; }

# The switch: a user of role switch and its API token (tokens cost no bcrypt per request).
curl -fsS -u "$ADMIN" -X PUT -H 'Content-Type: application/json' "$(url 1)/users/check-switch" \
  -d '{"role":"switch","password":"check switch password"}' >/dev/null
token=$(curl -fsS -u "$ADMIN" -X POST -H 'Content-Type: application/json' "$(url 2)/users/check-switch/tokens" \
  -d '{"name":"cluster-check"}' | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[ -n "$token" ] || { log "no API token issued"; exit 1; }

# One post: call number I to instance N; appends "I N recordingId" to posted.txt, or "I N ERROR ..." to errors.txt.
cat >"$dir/post.sh" <<POST
#!/usr/bin/env bash
i=\$1 n=\$2
IFS=\$'\t' read -r _ file seconds start end < <(awk -F'\t' -v i="\$i" '\$1 == i' "$dir/captures/calls.tsv")
json=\$(printf '{"callId":"check-%s@cluster","h323ConfId":"CHECK %s","accountId":"7001","customerId":"check","callingNumber":"14155550100","calledNumber":"14155550199","direction":"outgoing","connectTime":"%s","disconnectTime":"%s"}' "\$i" "\$i" "\$start" "\$end")
off=PORT_OFFSET_\$n
. "$dir/cluster.env"
out=\$(curl -sS -o - -w '\n%{http_code}' -H "Authorization: Bearer $token" \
  -F "call=\$json;type=application/json" -F "capture=@\$file" "http://127.0.0.1:\$((8080 + \${!off}))/api/v1/calls" 2>&1)
code=\${out##*\$'\n'}
id=\$(printf '%s' "\$out" | sed -n 's/.*"recordingId":\([0-9]*\).*/\1/p')
if [ "\$code" = 201 ] && [ -n "\$id" ]; then echo "\$i \$n \$id" >>"$dir/posted.txt"; else echo "\$i \$n ERROR \$out" | tr '\n' ' ' >>"$dir/errors.txt"; echo >>"$dir/errors.txt"; fi
POST
chmod +x "$dir/post.sh"
: >"$dir/posted.txt"
: >"$dir/errors.txt"
post() { # post FROM TO INSTANCES... : calls FROM..TO, round-robin over the given instances, 4 at a time
  local from=$1 to=$2; shift 2
  local targets=("$@") k=0
  for i in $(seq "$from" "$to"); do echo "$i ${targets[$((k++ % ${#targets[@]}))]}"; done \
    | xargs -r -P 4 -L 1 "$dir/post.sh"
}

# Conversions instance 2 started and has not finished (from its log).
in_flight_on_2() {
  local recent
  recent=$(tail -n 300 "$dir/instance-2/log/server.log" 2>/dev/null || true)
  comm -23 <(printf '%s\n' "$recent" | sed -n 's/.*converting recording \([0-9]*\) (attempt.*/\1/p' | sort -u) \
           <(printf '%s\n' "$recent" | sed -n 's/.*recording \([0-9]*\) \(is \|was already \|FAILED\|SUPPRESSED\).*/\1/p' | sort -u)
}

phase1=$((calls * 40 / 100)) phase2=$((calls * 70 / 100))
log "posting calls 1-$phase1 to both instances"
post 1 "$phase1" 1 2
# Instance 2 dies while it converts: the next calls go to instance 1 only (as a load balancer that
# has not noticed yet would still send some to 2, but a POST cut by the crash is the switch's retry,
# not what this check is about), and their conversions spread over both through the broker, so
# instance 2 is taking requests off the queue when it is killed.
log "posting calls $((phase1 + 1))-$phase2 to instance 1; kill -9 of instance 2 while it converts"
post $((phase1 + 1)) "$phase2" 1 &
poster=$!
for _ in $(seq 1 3000); do
  # cheap test, polled often: the last thing instance 2 logged is a conversion's start or middle step
  if tail -n 1 "$dir/instance-2/log/server.log" 2>/dev/null | grep -q 'converting recording\|SIP INFO Record events'; then
    kill -KILL -- -"$(cat "$dir/instance-2/pid")" 2>/dev/null || true # at once: a conversion takes a second or so
    break
  fi
  kill -0 "$poster" 2>/dev/null || break
  sleep 0.01
done
"$cluster/instance.sh" kill "$dir" 2
# What instance 2 had begun and not finished when it died (its log ends at the kill; the restart appends).
interrupted=$(in_flight_on_2 | tr '\n' ' ')
log "instance 2 killed with recordings [${interrupted% }] in conversion; starting it again"
"$cluster/instance.sh" start "$dir" 2
wait "$poster"
"$cluster/instance.sh" wait "$dir" 2
log "instance 2 is back; posting calls $((phase2 + 1))-$calls to both"
post $((phase2 + 1)) "$calls" 1 2

posted=$(wc -l <"$dir/posted.txt")
errors=$(grep -c . "$dir/errors.txt" || true)
log "$posted calls accepted, $errors refused; waiting for every recording to be final"
for _ in $(seq 1 600); do
  open=$(sql "select count(*) from recording where state in ('PENDING','CONVERTING')")
  [ "$open" = 0 ] && break
  sleep 1
done

# The checks.
sql "select x.callid, r.id, r.state, coalesce(r.audiopath, ''), coalesce(r.sha256, ''), r.attempts
     from cdr_account x join recording r on r.id = x.recording_id order by r.id" >"$dir/recordings.txt"
sql "select recordingid, state from recording_event order by id" >"$dir/events.txt"
after=0; : >"$dir/api-events.txt"
while :; do
  page=$(curl -fsS -u "$ADMIN" "$(url 1)/recording-events?after=$after&limit=500")
  ids=$(printf '%s' "$page" | { grep -o '"id":[0-9]*,"recordingId":[0-9]*' || true; } | sed 's/"id":\([0-9]*\),"recordingId":\([0-9]*\)/\1 \2/')
  [ -n "$ids" ] || break
  printf '%s\n' "$ids" | awk '{print $2}' >>"$dir/api-events.txt"
  after=$(printf '%s\n' "$ids" | tail -1 | awk '{print $1}')
done
find "$dir/storage/recordings" -type f >"$dir/files.txt" 2>/dev/null || true

lost=0 duplicated=0
expected=$(awk '{print "check-"$1"@cluster"}' "$dir/posted.txt" | sort -u)
# per call: how many recordings, how many AVAILABLE
per_call=$(awk -F'|' '{n[$1]++; if ($3 == "AVAILABLE") a[$1]++} END {for (c in n) print c, n[c], a[c] + 0}' "$dir/recordings.txt" | sort)
calls_lost=$(join -a1 -e0 -o 0,2.2,2.3 <(printf '%s\n' "$expected") <(printf '%s\n' "$per_call") | awk '$3 < 1' | wc -l)
calls_dup=$(printf '%s\n' "$per_call" | awk '$2 > 1 {d += $2 - 1} END {print d + 0}')
available=$(awk -F'|' '$3 == "AVAILABLE"' "$dir/recordings.txt" | wc -l)
not_available=$(awk -F'|' '$3 != "AVAILABLE" {print $2 ":" $3}' "$dir/recordings.txt" | sort -u | tr '\n' ' ')
# files: each AVAILABLE recording's file with its digest; nothing else but temporaries
files_bad=0
while IFS='|' read -r _ id state path sha _; do
  [ "$state" = AVAILABLE ] || continue
  if [ ! -f "$path" ] || [ "$(sha256sum "$path" | cut -d' ' -f1)" != "$sha" ]; then
    files_bad=$((files_bad + 1)); log "recording $id: audio missing or not what was recorded: $path"
  fi
done <"$dir/recordings.txt"
temporaries=$(grep -c '\.part$' "$dir/files.txt" || true)
audio_files=$(grep -vc '\.part$' "$dir/files.txt" || true)
stray_files=$(comm -23 <(grep -v '\.part$' "$dir/files.txt" | sort) <(awk -F'|' '$4 != "" {print $4}' "$dir/recordings.txt" | sort -u) | wc -l)
# the outbox: one AVAILABLE event per AVAILABLE recording, in the table and through the API
events_dup=$(awk -F'|' '{n[$1]++} END {for (r in n) if (n[r] > 1) d += n[r] - 1; print d + 0}' "$dir/events.txt")
events_missing=$(comm -23 <(awk -F'|' '$3 == "AVAILABLE" {print $2}' "$dir/recordings.txt" | sort -u) \
                          <(awk -F'|' '$2 == "AVAILABLE" {print $1}' "$dir/events.txt" | sort -u) | wc -l)
api_events=$(wc -l <"$dir/api-events.txt")
api_dup=$(sort "$dir/api-events.txt" | uniq -d | wc -l)
api_missing=$(comm -23 <(awk -F'|' '{print $1}' "$dir/events.txt" | sort -u) <(sort -u "$dir/api-events.txt") | wc -l)
retried=$(awk -F'|' '$6 > 1' "$dir/recordings.txt" | wc -l)
# the interrupted conversions must have been delivered again and finished (by either instance)
redelivered=0
for id in $interrupted; do
  awk -F'|' -v id="$id" '$2 == id && $3 == "AVAILABLE" && $6 > 1 {found = 1} END {exit !found}' "$dir/recordings.txt" \
    && redelivered=$((redelivered + 1))
done
by1=$(grep -c 'recording [0-9]* is AVAILABLE' "$dir/instance-1/log/server.log" || true)
by2=$(grep -c 'recording [0-9]* is AVAILABLE' "$dir/instance-2/log/server.log" || true)
dropped=$(cat "$dir"/instance-*/log/server.log | grep -c 'this attempt.s audio is dropped' || true)

lost=$((calls_lost + files_bad + events_missing + api_missing + errors))
duplicated=$((calls_dup + stray_files + events_dup + api_dup))
[ -z "$not_available" ] || log "recordings not AVAILABLE: $not_available"
[ "$errors" = 0 ] || { log "posts refused:"; cat "$dir/errors.txt" >&2; }
leases=$(sql "select job || ':' || coalesce(holder, '-') from job_lease order by job" | tr '\n' ' ')
log "job leases: ${leases:-none taken yet}"
status=0
[ "$lost" = 0 ] && [ "$duplicated" = 0 ] && [ "$posted" = "$calls" ] || status=1
[ "$redelivered" = "$(echo $interrupted | wc -w)" ] || { log "an interrupted conversion was not converted again"; status=1; }
echo "lost=$lost duplicated=$duplicated calls=$calls posted=$posted available=$available audio_files=$audio_files" \
  "events=$(wc -l <"$dir/events.txt") api_events=$api_events interrupted_on_kill=$(echo $interrupted | wc -w)" \
  "interrupted_then_redelivered=$redelivered converted_more_than_once=$retried dropped_second_results=$dropped converted_by_1=$by1 converted_by_2=$by2" \
  "leftover_temporaries=$temporaries seconds=$(( $(date +%s) - started ))"
exit $status
