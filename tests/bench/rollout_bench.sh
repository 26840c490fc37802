#!/bin/bash
# Podman rollout benchmark: Antler's PodmanRuntime::deploy against the raw
# `podman kube play --replace` of the same manifests plus a /readyz wait, on
# this machine, in one invocation (rollout_bench.cpp says what each side
# does). Prints both medians and Antler's overhead; target <= 10 %.
#   tests/bench/rollout_bench.sh [BUILD]     BUILD defaults to build
# Needs root (rootful podman), podman, runc and docker-registry. Starts a
# registry on a free loopback port with temporary storage; nothing is left
# behind.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
bench=$build/tests/bench/rollout_bench
rounds=${ROUNDS:-9}

[ -x "$bench" ] || { echo "rollout_bench: $bench is missing; build it with: cmake --build $build --target rollout_bench" >&2; exit 1; }
for tool in podman docker-registry python3; do
    command -v "$tool" >/dev/null || { echo "rollout_bench: $tool is missing: apt-get install podman runc docker-registry python3" >&2; exit 1; }
done
[ "$(id -u)" = 0 ] || { echo "rollout_bench: run as root (rootful podman)" >&2; exit 1; }

dir=$(mktemp -d /tmp/antler-rollout-bench-XXXXXX)
registry_pid=""
cleanup() {
    [ -n "$registry_pid" ] && kill "$registry_pid" 2>/dev/null && wait "$registry_pid" 2>/dev/null || true
    rm -rf "$dir"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cat > "$dir/registry.yml" <<YAML
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $dir/storage
http:
  addr: 127.0.0.1:$port
YAML
docker-registry serve "$dir/registry.yml" > "$dir/registry.log" 2>&1 &
registry_pid=$!
for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/v2/" > /dev/null 2>&1 && break
    sleep 0.1
done

echo "== podman rollout: Antler vs raw podman kube play + readiness wait ($rounds rounds)"
"$bench" --registry "127.0.0.1:$port" --containers-conf "$dir/containers.conf" --rounds "$rounds"
