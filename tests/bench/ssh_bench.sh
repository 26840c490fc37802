#!/bin/bash
# SSH transport benchmark: Antler's SshTransport against OpenSSH on the same
# throwaway sshd (127.0.0.1, generated keys), in one invocation.
#   1. 200 sequential `true` commands: Antler's open session vs `ssh` through
#      an already-connected ControlMaster socket. Target: Antler <= 0.5x the
#      OpenSSH time per command.
#   2. A 100 MiB upload: Antler's putFile() vs `scp`. Target: >= 0.8x scp's
#      throughput.
# Each part runs REPEAT times (default 3); the best run of each side counts.
#
#   tests/bench/ssh_bench.sh [BUILD]     BUILD defaults to build; needs BUILD/tests/bench/ssh_bench
# Run as root (sshd logs in as root here). Nothing is left behind.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
bench=$build/tests/bench/ssh_bench
commands=${COMMANDS:-200}
upload_mib=${UPLOAD_MIB:-100}
repeat=${REPEAT:-3}

[ -x "$bench" ] || { echo "ssh_bench: $bench is missing; build it with: cmake --build $build --target ssh_bench" >&2; exit 1; }
for tool in /usr/sbin/sshd ssh scp ssh-keygen python3; do
    command -v "$tool" >/dev/null || { echo "ssh_bench: $tool is missing: apt-get install openssh-server openssh-client python3" >&2; exit 1; }
done
[ "$(id -u)" = 0 ] || { echo "ssh_bench: run as root (the throwaway sshd logs in as root)" >&2; exit 1; }

dir=$(mktemp -d /tmp/antler-ssh-bench-XXXXXX)
# shellcheck source=tests/bench/sshd.sh
. "$here/sshd.sh"
cleanup() {
    ssh -o ControlPath="$dir/cm" -O exit root@127.0.0.1 >/dev/null 2>&1 || true
    stop_sshd
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM
start_sshd

now() { date +%s%N; }

echo "== $commands sequential 'true' commands, best of $repeat"
ssh "${ssh_opts[@]}" -o ControlMaster=yes -o ControlPath="$dir/cm" -o ControlPersist=60 -fN root@127.0.0.1
ssh_best=
for _ in $(seq "$repeat"); do
    start=$(now)
    for _ in $(seq "$commands"); do
        ssh "${ssh_opts[@]}" -o ControlMaster=auto -o ControlPath="$dir/cm" -o ControlPersist=60 root@127.0.0.1 true
    done
    ms=$(( ($(now) - start) / 1000 ))
    if [ -z "$ssh_best" ] || [ "$ms" -lt "$ssh_best" ]; then ssh_best=$ms; fi
done
openssh_ms=$(python3 -c "print(f'{$ssh_best / 1000 / $commands:.3f}')")

head -c $((upload_mib * 1024 * 1024)) /dev/urandom > "$dir/upload.bin"
antler=$("$bench" --port "$port" --key "$dir/client_ed25519" --known-hosts "$dir/known_hosts" \
    --commands "$commands" --repeat "$repeat" --upload "$dir/upload.bin" --remote "$dir/antler-upload.bin")
antler_ms=$(awk '/^antler_ms_per_command/ {print $2}' <<<"$antler")
antler_mibs=$(awk '/^antler_upload_mib_per_s/ {print $2}' <<<"$antler")
cmp -s "$dir/upload.bin" "$dir/antler-upload.bin" || { echo "ssh_bench: Antler's upload differs from the source" >&2; exit 1; }

printf '   Antler SshTransport          %8.3f ms/command\n' "$antler_ms"
printf '   OpenSSH ssh + ControlMaster  %8.3f ms/command\n' "$openssh_ms"
python3 -c "r=$antler_ms/$openssh_ms; print(f'   ratio Antler/OpenSSH         {r:8.2f}x   (target <= 0.5x: {\"met\" if r <= 0.5 else \"NOT met\"})')"

echo "== ${upload_mib} MiB upload, best of $repeat"
scp_best=
for _ in $(seq "$repeat"); do
    rm -f "$dir/scp-upload.bin"
    start=$(now)
    scp -q "${scp_opts[@]}" "$dir/upload.bin" "root@127.0.0.1:$dir/scp-upload.bin"
    us=$(( ($(now) - start) / 1000 ))
    if [ -z "$scp_best" ] || [ "$us" -lt "$scp_best" ]; then scp_best=$us; fi
done
cmp -s "$dir/upload.bin" "$dir/scp-upload.bin" || { echo "ssh_bench: scp's upload differs from the source" >&2; exit 1; }
scp_mibs=$(python3 -c "print(f'{$upload_mib / ($scp_best / 1e6):.1f}')")
printf '   Antler putFile               %8.1f MiB/s\n' "$antler_mibs"
printf '   scp                          %8.1f MiB/s\n' "$scp_mibs"
python3 -c "r=$antler_mibs/$scp_mibs; print(f'   ratio Antler/scp             {r:8.2f}x   (target >= 0.8x: {\"met\" if r >= 0.8 else \"NOT met\"})')"
