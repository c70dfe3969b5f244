#!/usr/bin/env bash
# Builds the server's container image with Jib and no registry and no Docker daemon, then runs it
# without a container engine to check it works:
#
#   1. jlink a Java runtime with the modules the server needs, and copy the shared libraries it
#      links against (glibc, zlib, ...) from this machine, into server/target/jib-runtime/;
#   2. Jib (profile `jib`) builds server/target/jib-image.tar FROM scratch with that directory as
#      an extra layer (/opt/java, /lib, /usr/lib, /tmp);
#   3. unpacks the image's layers into a root file system and runs the image's own entrypoint
#      there with chroot: `--help`, then the real server on a loopback port, asks its health
#      service through the CLI, and stops it.
#
#   deploy/jib/build-local-image.sh        # as root (chroot); needs `mvn -pl cli -am package` first
#
# Where a registry is reachable, the plain profile builds on eclipse-temurin:17-jre instead:
#   mvn -B -pl server -am -Pjib package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/../.."
. deploy/lib/server.sh

runtime=server/target/jib-runtime
rm -rf "$runtime"
mkdir -p "$runtime/opt" "$runtime/tmp"

classpath=$(server_classpath)
modules=$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps \
  --class-path "$classpath" server/target/timeline-server-0.1.0-SNAPSHOT.jar)
# TLS needs the elliptic-curve provider; DNS names need the naming module (neither is a static
# dependency jdeps can see).
modules="$modules,jdk.crypto.ec,jdk.naming.dns"
echo "jlink modules: $modules"
jlink --add-modules "$modules" --strip-debug --no-man-pages --no-header-files --compress=2 \
  --output "$runtime/opt/java"

# The shared libraries of the runtime, at the same paths as on this (Debian) machine.
find "$runtime/opt/java" -type f \( -name java -o -name '*.so' \) -print0 |
  xargs -0 ldd 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\/.*ld-linux/ {print $1}' | grep -v /jib-runtime/ | sort -u |
  while read -r lib; do
    mkdir -p "$runtime$(dirname "$lib")"
    cp -L "$lib" "$runtime$lib"
  done

mvn -q -B -o -pl server -am -Pjib package -DskipTests \
  -Djib.from.image=scratch \
  -Djib.extraDirectories.paths="$PWD/$runtime" \
  -Djib.extraDirectories.permissions='/opt/java/bin/*=755,/opt/java/lib/jspawnhelper=755,/lib64/*=755,/tmp=777' \
  -Djib.container.environment=PATH=/opt/java/bin,JAVA_HOME=/opt/java
ls -l server/target/jib-image.tar

# Unpack: manifest.json lists the layer tars in order.
root=$(mktemp -d)
chmod 755 "$root" # mktemp's 700 would keep the image's user out of its own root
image=$(mktemp -d)
server=
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true
      umount "$root/proc" 2>/dev/null || true; rm -rf "$root" "$image"' EXIT
tar -xf server/target/jib-image.tar -C "$image"
python3 - "$image" "$root" <<'PY'
import json, sys, tarfile
image, root = sys.argv[1], sys.argv[2]
manifest = json.load(open(f"{image}/manifest.json"))[0]
for layer in manifest["Layers"]:
    with tarfile.open(f"{image}/{layer}") as t:
        t.extractall(root)
config = json.load(open(f"{image}/{manifest['Config']}"))["config"]
open(f"{root}/.entrypoint", "w").write("\0".join(config["Entrypoint"]))
print("entrypoint:", " ".join(config["Entrypoint"]), "user:", config.get("User"))
print("environment:", " ".join(config.get("Env", [])))
PY
mapfile -d '' entrypoint < "$root/.entrypoint"
du -sh "$root"

# A container runtime mounts /proc; the loader needs it for java's $ORIGIN library path.
mkdir -p "$root/proc"
mount -t proc proc "$root/proc"
# The entrypoint starts with `java`, found through the image's PATH=/opt/java/bin; chroot has no
# PATH of the image, so the same binary is named by its full path.
[ "${entrypoint[0]}" = java ]
image_java=(chroot --userspec=65532:65532 "$root" /opt/java/bin/java "${entrypoint[@]:1}")
"${image_java[@]}" --help | head -3
start_server "$image" "${image_java[@]}" --port 0
echo "image's server on port $port"
printf 'Talks began on Monday.' >"$image/doc.txt"
java -jar cli/target/timeline.jar extract --target "127.0.0.1:$port" --published 2014-09-16 "$image/doc.txt"
kill -TERM "$server"
wait "$server" || true
