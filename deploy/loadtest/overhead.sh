#!/usr/bin/env bash
# The gRPC layer's cost: the same article at the same concurrency through a real server on
# loopback and through the engine in-process, both warmed up the same way first, and the ratio.
# The engine also runs in-process with one caller per core, its best case on this machine: the
# ratio is taken against the faster of the two in-process runs.
#
#   deploy/loadtest/overhead.sh [CONCURRENCY=16] [DURATION=30s] [WARMUP_PER_CALLER=20]
#
# Needs `mvn -q -B -pl cli -am package -DskipTests` first. Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."

concurrency=${1:-16}
duration=${2:-30s}
warmup=${3:-20}
article=testdata/articles/loadtest-harbour.txt
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

touch "$work/server.out"
java -cp "server/target/timeline-server-0.1.0-SNAPSHOT.jar:$(cat server/target/runtime-classpath.txt)" \
  dev.timeline.server.TimelineServerMain --port 0 >"$work/server.out" 2>"$work/server.err" &
server=$!
until grep -q '^Timeline server listening' "$work/server.out"; do
  kill -0 "$server" || { cat "$work/server.err" >&2; exit 1; }
  sleep 1
done
port=$(sed -n 's/^Timeline server listening on port //p' "$work/server.out")

loadtest() {
  java -jar cli/target/timeline.jar loadtest --concurrency "$concurrency" --duration "$duration" \
    --warmup "$warmup" --article "$article" --published 2025-02-11 "$@"
}
echo "# uptime before: $(uptime)"
echo "# loopback server (2 workers), $warmup warm-up calls per caller"
loadtest --target "127.0.0.1:$port" | tee "$work/loopback.txt"
kill -TERM "$server"
wait "$server" || true
echo "# in-process engine, $warmup warm-up documents per caller"
loadtest --in-process | tee "$work/in-process.txt"
# Same number of warm-up documents in all: spread over fewer callers.
warmup=$((warmup * concurrency / $(nproc)))
concurrency=$(nproc)
echo "# in-process engine, $concurrency callers (one per core), $warmup warm-up documents per caller"
loadtest --in-process | tee "$work/in-process-cores.txt"
echo "# uptime after: $(uptime)"

rate() { sed -n 's/^throughput: \([0-9.]*\) requests.*/\1/p' "$1"; }
best=$(printf '%s\n%s\n' "$(rate "$work/in-process.txt")" "$(rate "$work/in-process-cores.txt")" | sort -g | tail -1)
echo "ratio loopback/best in-process: $(echo "scale=3; $(rate "$work/loopback.txt") / $best" | bc)"
