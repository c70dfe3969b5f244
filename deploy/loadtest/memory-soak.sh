#!/usr/bin/env bash
# Memory over a long load test: starts a server on loopback (its own JVM, -Xmx as in the
# Kubernetes deployment), loads it with `timeline loadtest` for DURATION and every INTERVAL seconds
# forces a full GC in the server (jcmd GC.run) and records, from the server's GC log, the heap
# before and after that collection. A leak shows as a rising "after GC" column; "before GC" is only
# how much garbage had piled up since the last collection.
#
#   deploy/loadtest/memory-soak.sh [DURATION=10m] [INTERVAL=60] [CONCURRENCY=16] > series.tsv
#
# Needs `mvn -q -B -pl cli -am package -DskipTests` first. Sends traffic to 127.0.0.1 only and
# stops by itself: the load test ends after DURATION, then the server gets SIGTERM.
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/lib/server.sh

duration=${1:-10m}
interval=${2:-60}
concurrency=${3:-16}
article=testdata/articles/loadtest-harbour.txt
work=$(mktemp -d)
server=
trap 'kill "$server" 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT

# StartAttachListener: jcmd's first attach otherwise waits for the JVM to set up its listener,
# which can take longer than jcmd's 10 s timeout on a busy machine.
start_server "$work" java -Xmx1g -XX:+UseG1GC -XX:+StartAttachListener -Xlog:gc:file="$work/gc.log" \
  -cp "$(server_classpath)" dev.timeline.server.TimelineServerMain --port 0 --metrics-port 0
metrics=$(sed -n 's/^Metrics on //p' "$work/server.out" | sed 's/localhost/127.0.0.1/')

# Forces a full GC; prints "BEFORE<tab>AFTER" in MB from its GC log line
# "[..][gc] GC(n) Pause Full (Diagnostic Command) 89M->41M(256M) 120.5ms".
full_gc() {
  jcmd "$server" GC.run >/dev/null || jcmd "$server" GC.run >/dev/null
  grep 'Pause Full' "$work/gc.log" | tail -1 |
    sed -n 's/.* \([0-9]*\)M->\([0-9]*\)M(.*/\1\t\2/p'
}
documents() {
  curl -s "$metrics" | awk '/^timeline_documents_extracted_total /{printf "%d", $2}'
}

java -jar cli/target/timeline.jar loadtest --target "127.0.0.1:$port" --concurrency "$concurrency" \
  --duration "$duration" --warmup 1 --article "$article" --published 2025-02-11 \
  --metrics "$metrics" >"$work/loadtest.out" 2>&1 &
load=$!

printf 'minute\tdocuments\theap_before_gc_mb\theap_after_gc_mb\trss_mb\n'
start=$(date +%s)
while kill -0 "$load" 2>/dev/null; do
  sleep "$interval"
  kill -0 "$load" 2>/dev/null || break
  gc=$(full_gc)
  rss=$(awk '/VmRSS/{printf "%.0f", $2 / 1024}' "/proc/$server/status")
  printf '%.1f\t%s\t%s\t%s\n' "$(echo "($(date +%s) - $start) / 60" | bc -l)" \
    "$(documents)" "$gc" "$rss"
done
wait "$load" || true
cat "$work/loadtest.out" >&2
kill -TERM "$server"
wait "$server" || true
