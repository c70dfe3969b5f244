#!/usr/bin/env bash
# The gRPC layer's cost: the same article at the same concurrency C through a real server on
# loopback and through the engine in-process, each warmed up the same way first, and the ratio.
# Both run C engine threads (the server with --worker-threads C): on a machine shared with other
# work, a process's CPU share follows its number of busy threads, so equal thread counts are what
# make the two comparable. ROUNDS alternate the two, so that load from others hits both alike.
#
#   deploy/loadtest/overhead.sh [CONCURRENCY=16] [DURATION=20s] [WARMUP_PER_CALLER=20] [ROUNDS=2]
#
# Needs `mvn -q -B -pl cli -am package -DskipTests` first. Loopback only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/lib/server.sh

concurrency=${1:-16}
duration=${2:-20s}
warmup=${3:-20}
rounds=${4:-2}
article=testdata/articles/loadtest-harbour.txt
work=$(mktemp -d)
server=
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

start_server "$work" java -cp "$(server_classpath)" dev.timeline.server.TimelineServerMain \
  --port 0 --worker-threads "$concurrency"

loadtest() {
  java -jar cli/target/timeline.jar loadtest --concurrency "$concurrency" --duration "$duration" \
    --warmup "$warmup" --article "$article" --published 2025-02-11 "$@"
}
rate() { sed -n 's/^throughput: \([0-9.]*\) requests.*/\1/p' "$1"; }

for round in $(seq "$rounds"); do
  echo "# round $round, $(uptime)"
  echo "# loopback server ($concurrency workers), $warmup warm-up calls per caller"
  loadtest --target "127.0.0.1:$port" | tee "$work/loopback-$round.txt"
  echo "# in-process engine, $warmup warm-up documents per caller"
  loadtest --in-process | tee "$work/in-process-$round.txt"
  echo "ratio loopback/in-process, round $round:" \
    "$(echo "scale=3; $(rate "$work/loopback-$round.txt") / $(rate "$work/in-process-$round.txt")" | bc)"
done
echo "# after: $(uptime)"
kill -TERM "$server"
wait "$server" || true
