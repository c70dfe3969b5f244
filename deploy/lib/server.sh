# Sourced by the scripts under deploy/: starting a timeline server for a measurement.

# The server's classpath after `mvn -pl server -am package` (run from the repository root).
server_classpath() {
  echo "server/target/timeline-server-0.1.0-SNAPSHOT.jar:$(cat server/target/runtime-classpath.txt)"
}

# start_server DIR COMMAND...: runs COMMAND, a server that prints "Timeline server listening on
# port N", in the background with its output in DIR/server.out and DIR/server.err, and waits
# for that line. Sets `server` (its pid) and `port`. Fails with the server's errors if it exits.
start_server() {
  local dir=$1
  shift
  : >"$dir/server.out"
  "$@" >"$dir/server.out" 2>"$dir/server.err" &
  server=$!
  until grep -q '^Timeline server listening' "$dir/server.out"; do
    kill -0 "$server" 2>/dev/null || { cat "$dir/server.err" >&2; return 1; }
    sleep 1
  done
  port=$(sed -n 's/^Timeline server listening on port //p' "$dir/server.out")
}
