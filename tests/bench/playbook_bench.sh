#!/bin/bash
# Playbook engine benchmark: the same 50-task playbook (playbook-50.yml, facts
# gathered, files, config edits, templates, stat, commands) run by Debian's
# ansible-playbook (pipelining on, ControlPersist as it ships) and by antler
# against the same throwaway sshd on 127.0.0.1, each into a scratch root of its
# own, in one invocation. Both tools run the playbook twice: the first run
# changes everything, the second nothing (idempotence). Prints both times, the
# recaps and the ratios. Target: antler >= 20x faster on both runs.
#
#   tests/bench/playbook_bench.sh [BUILD]     BUILD defaults to build; needs BUILD/gui/antler
# Run as root (the throwaway sshd logs in as root). Nothing is left behind.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
antler=$build/gui/antler

[ -x "$antler" ] || { echo "playbook_bench: $antler is missing; build it with: cmake --build $build --target antler" >&2; exit 1; }
for tool in /usr/sbin/sshd ssh ssh-keygen python3 ansible-playbook; do
    command -v "$tool" >/dev/null || { echo "playbook_bench: $tool is missing: apt-get install openssh-server openssh-client python3 ansible-core" >&2; exit 1; }
done
[ "$(id -u)" = 0 ] || { echo "playbook_bench: run as root (the throwaway sshd logs in as root)" >&2; exit 1; }

dir=$(mktemp -d /tmp/antler-playbook-bench-XXXXXX)
# shellcheck source=tests/bench/sshd.sh
. "$here/sshd.sh"
cleanup() {
    stop_sshd
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM
start_sshd

mkdir -p "$dir/home/.ssh" "$dir/play"
cp "$dir/known_hosts" "$dir/home/.ssh/known_hosts"
cp "$here/playbook-50.yml" "$here/bench.conf.j2" "$dir/play/"
cat > "$dir/hosts.ini" <<INVENTORY
[pis]
pi ansible_host=127.0.0.1 ansible_port=$port ansible_user=root ansible_ssh_private_key_file=$dir/client_ed25519 ansible_python_interpreter=/usr/bin/python3 ansible_ssh_common_args='-o UserKnownHostsFile=$dir/known_hosts -o StrictHostKeyChecking=yes'
INVENTORY

now() { date +%s%N; }
recap() { grep -A1 'PLAY RECAP' "$1" | tail -1 | sed 's/^pi *: //; s/  */ /g'; }

# run TOOL PASS: prints the seconds; the output goes to $dir/TOOL-PASS.log
run() {
    local tool=$1 pass=$2 start status
    mkdir -p "$dir/root-$tool"
    start=$(now)
    set +e
    if [ "$tool" = ansible ]; then
        (cd "$dir/play" && HOME=$dir/home ANSIBLE_NOCOLOR=1 ANSIBLE_PIPELINING=1 ANSIBLE_RETRY_FILES_ENABLED=0 \
            ansible-playbook -i "$dir/hosts.ini" -e "root=$dir/root-$tool" playbook-50.yml) > "$dir/$tool-$pass.log" 2>&1
    else
        (cd "$dir/play" && HOME=$dir/home QT_QPA_PLATFORM=offscreen \
            "$antler" --run-playbook playbook-50.yml -i "$dir/hosts.ini" -e "root=$dir/root-$tool") > "$dir/$tool-$pass.log" 2>&1
    fi
    status=$?
    set -e
    if [ "$status" != 0 ]; then
        echo "playbook_bench: $tool failed on pass $pass (exit $status):" >&2
        tail -30 "$dir/$tool-$pass.log" >&2
        exit 1
    fi
    python3 -c "print(f'{($(now) - $start) / 1e9:.3f}')"
}

echo "== 50-task playbook over SSH, ansible-playbook (pipelining) vs antler"
for pass in 1 2; do
    ansible_s=$(run ansible "$pass")
    antler_s=$(run antler "$pass")
    printf '   pass %s  ansible-playbook %8.3f s   %s\n' "$pass" "$ansible_s" "$(recap "$dir/ansible-$pass.log")"
    printf '   pass %s  antler           %8.3f s   %s\n' "$pass" "$antler_s" "$(recap "$dir/antler-$pass.log")"
    [ "$(recap "$dir/ansible-$pass.log")" = "$(recap "$dir/antler-$pass.log")" ] \
        || echo "   pass $pass: the recaps DIFFER"
    python3 -c "r=$ansible_s/$antler_s; print(f'   pass $pass  ratio ansible-playbook/antler {r:8.1f}x   (target >= 20x: {\"met\" if r >= 20 else \"NOT met\"})')"
done
if diff -r "$dir/root-ansible" "$dir/root-antler" > "$dir/roots.diff" 2>&1; then
    echo "   the two roots are identical"
else
    echo "   the two roots DIFFER:"; head -20 "$dir/roots.diff"
fi
