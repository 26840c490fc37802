#!/bin/bash
# Playbook engine benchmark, against two targets: throwaway sshds on 127.0.0.1
# that log in as root, one "quiet" (an empty HOME: the login shell starts at
# once) and one "heavy" (a HOME whose .bashrc takes about 100 ms to source,
# as one that sets up language version managers does; bash sources it for
# every command sshd starts, see below). For each target, in one invocation:
#   1. The same 50-task playbook (playbook-50.yml: facts gathered, files,
#      config edits, templates, stat, commands) run by Debian's
#      ansible-playbook (pipelining on, ControlPersist as it ships) and by
#      antler, each into a scratch root of its own. Both run it twice: the
#      first run changes everything, the second nothing (idempotence).
#      Targets: antler >= 50x faster on the quiet target, >= 30x on the
#      heavy one, on both runs.
#   2. 100 `command: true` tasks run by antler against 100 `ssh HOST true`
#      through an already-connected OpenSSH ControlMaster. Target: antler
#      >= 3x faster.
# Prints the times, the recaps and the ratios.
#
#   tests/bench/playbook_bench.sh [BUILD]     BUILD defaults to build; needs BUILD/gui/antler
# Run as root (the throwaway sshds log in as root). Nothing is left behind.
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
heavy_pid=
cleanup() {
    for target in quiet heavy; do
        ssh -o ControlPath="$dir/cm-$target" -O exit root@127.0.0.1 >/dev/null 2>&1 || true
    done
    if [ -n "$heavy_pid" ]; then
        pkill -KILL -P "$heavy_pid" 2>/dev/null || true
        kill -KILL "$heavy_pid" 2>/dev/null || true
        wait "$heavy_pid" 2>/dev/null || true
    fi
    stop_sshd
    rm -rf "$dir"
}
trap cleanup EXIT INT TERM
start_sshd
quiet_port=$port

# The heavy target: a second sshd, the same keys, another HOME. Debian's bash
# sources ~/.bashrc when sshd starts it for a command (bash's SSH_SOURCE_BASHRC:
# not interactive, SSH_CLIENT set, SHLVL below 2), so every command that comes
# through the login shell pays for it; this one sleeps 100 ms.
heavy_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$dir/home-heavy"
cat > "$dir/home-heavy/.bashrc" <<'BASHRC'
# what a version manager's set-up costs on a developer's host
sleep 0.1
BASHRC
sed -e "s|^Port .*|Port $heavy_port|" -e "s|^PidFile .*|PidFile $dir/sshd-heavy.pid|" \
    -e "s|^SetEnv HOME=.*|SetEnv HOME=$dir/home-heavy|" "$dir/sshd_config" > "$dir/sshd_config-heavy"
/usr/sbin/sshd -D -e -f "$dir/sshd_config-heavy" 2>"$dir/sshd-heavy.log" &
heavy_pid=$!
for _ in $(seq 100); do
    (exec 3<>/dev/tcp/127.0.0.1/$heavy_port) 2>/dev/null && break
    sleep 0.05
done
echo "[127.0.0.1]:$heavy_port $(cut -d' ' -f1,2 "$dir/host_ed25519.pub")" >> "$dir/known_hosts"

mkdir -p "$dir/home/.ssh" "$dir/play"
cp "$dir/known_hosts" "$dir/home/.ssh/known_hosts"
cp "$here/playbook-50.yml" "$here/bench.conf.j2" "$dir/play/"
{
    echo '# 100 tasks that each run one command'
    echo '- hosts: pi'
    echo '  gather_facts: false'
    echo '  tasks:'
    for i in $(seq 100); do
        printf '    - name: Command %s\n      command: "true"\n' "$i"
    done
} > "$dir/play/command-100.yml"
for target in quiet heavy; do
    target_port=${target}_port
    cat > "$dir/hosts-$target.ini" <<INVENTORY
[pis]
pi ansible_host=127.0.0.1 ansible_port=${!target_port} ansible_user=root ansible_ssh_private_key_file=$dir/client_ed25519 ansible_python_interpreter=/usr/bin/python3 ansible_ssh_common_args='-o UserKnownHostsFile=$dir/known_hosts -o StrictHostKeyChecking=yes'
INVENTORY
done

now() { date +%s%N; }
recap() { grep -A1 'PLAY RECAP' "$1" | tail -1 | sed 's/^pi *: //; s/  */ /g'; }

# run TOOL TARGET PASS [PLAYBOOK]: prints the seconds; the output goes to $dir/TOOL-TARGET-PASS.log
run() {
    local tool=$1 target=$2 pass=$3 playbook=${4:-playbook-50.yml} start status log
    log=$dir/$tool-$target-$pass.log
    mkdir -p "$dir/root-$tool-$target"
    start=$(now)
    set +e
    if [ "$tool" = ansible ]; then
        (cd "$dir/play" && HOME=$dir/home ANSIBLE_NOCOLOR=1 ANSIBLE_PIPELINING=1 ANSIBLE_RETRY_FILES_ENABLED=0 \
            ansible-playbook -i "$dir/hosts-$target.ini" -e "root=$dir/root-$tool-$target" "$playbook") > "$log" 2>&1
    else
        (cd "$dir/play" && HOME=$dir/home QT_QPA_PLATFORM=offscreen \
            "$antler" --run-playbook "$playbook" -i "$dir/hosts-$target.ini" -e "root=$dir/root-$tool-$target") > "$log" 2>&1
    fi
    status=$?
    set -e
    if [ "$status" != 0 ]; then
        echo "playbook_bench: $tool failed on $target pass $pass (exit $status):" >&2
        tail -30 "$log" >&2
        exit 1
    fi
    python3 -c "print(f'{($(now) - $start) / 1e9:.3f}')"
}

# ratio LABEL SLOW FAST TARGET
ratio() {
    python3 -c "r=$2/$3; print(f'   $1 {r:8.1f}x   (target >= $4x: {\"met\" if r >= $4 else \"NOT met\"})')"
}

for target in quiet heavy; do
    goal=50
    [ "$target" = heavy ] && goal=30
    target_port=${target}_port
    echo "== $target target: 50-task playbook over SSH, ansible-playbook (pipelining) vs antler"
    for pass in 1 2; do
        ansible_s=$(run ansible "$target" "$pass")
        antler_s=$(run antler "$target" "$pass")
        printf '   pass %s  ansible-playbook %8.3f s   %s\n' "$pass" "$ansible_s" "$(recap "$dir/ansible-$target-$pass.log")"
        printf '   pass %s  antler           %8.3f s   %s\n' "$pass" "$antler_s" "$(recap "$dir/antler-$target-$pass.log")"
        [ "$(recap "$dir/ansible-$target-$pass.log")" = "$(recap "$dir/antler-$target-$pass.log")" ] \
            || echo "   pass $pass: the recaps DIFFER"
        ratio "pass $pass  ratio ansible-playbook/antler" "$ansible_s" "$antler_s" "$goal"
    done
    if diff -r "$dir/root-ansible-$target" "$dir/root-antler-$target" > "$dir/roots-$target.diff" 2>&1; then
        echo "   the two roots are identical"
    else
        echo "   the two roots DIFFER:"; head -20 "$dir/roots-$target.diff"
    fi

    echo "== $target target: 100 command tasks (antler) vs 100 commands over an OpenSSH ControlMaster"
    # What one command through the login shell costs there. The master is
    # started here, not before the playbooks: on a loaded machine those can
    # outlast its ControlPersist, and every `ssh` would then log in anew.
    ssh "${common_opts[@]}" -p "${!target_port}" -o ControlMaster=yes -o ControlPath="$dir/cm-$target" \
        -o ControlPersist=600 -fN root@127.0.0.1
    ssh -o ControlPath="$dir/cm-$target" -O check root@127.0.0.1 2>/dev/null \
        || { echo "playbook_bench: the ControlMaster for $target did not start" >&2; exit 1; }
    start=$(now)
    for _ in $(seq 100); do
        ssh "${common_opts[@]}" -p "${!target_port}" -o ControlMaster=auto -o ControlPath="$dir/cm-$target" \
            root@127.0.0.1 true
    done
    openssh_s=$(python3 -c "print(f'{($(now) - $start) / 1e9:.3f}')")
    ssh -o ControlPath="$dir/cm-$target" -O check root@127.0.0.1 2>/dev/null \
        || echo "   the ControlMaster for $target was gone before the end: the OpenSSH time is NOT valid"
    antler_s=$(run antler "$target" commands command-100.yml)
    printf '   OpenSSH ssh + ControlMaster  %8.3f s   (%.1f ms a command)\n' "$openssh_s" \
        "$(python3 -c "print($openssh_s * 10)")"
    printf '   antler, 100 command tasks    %8.3f s   %s\n' "$antler_s" "$(recap "$dir/antler-$target-commands.log")"
    ratio "ratio OpenSSH/antler        " "$openssh_s" "$antler_s" 3
done
