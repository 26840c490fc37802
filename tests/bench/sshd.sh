# Sourced by the benchmarks: a throwaway OpenSSH sshd on 127.0.0.1 with
# generated keys, in the folder $dir (which the caller creates and removes).
#   start_sshd        sets port, sshd_pid, and ssh_opts/scp_opts/common_opts
#   stop_sshd         kills sshd and every session it started
# Needs root (it logs in as root).

start_sshd() {
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    mkdir -p "$dir/home" /run/sshd
    ssh-keygen -q -t ed25519 -N '' -C '' -f "$dir/host_ed25519"
    ssh-keygen -q -t ed25519 -N '' -C '' -f "$dir/client_ed25519"
    cp "$dir/client_ed25519.pub" "$dir/authorized_keys"
    echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$dir/host_ed25519.pub")" > "$dir/known_hosts"
    cat > "$dir/sshd_config" <<CONFIG
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_ed25519
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
StrictModes no
UsePAM no
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
MaxSessions 64
MaxStartups 64
PrintMotd no
Subsystem sftp internal-sftp
SetEnv HOME=$dir/home
CONFIG
    /usr/sbin/sshd -D -e -f "$dir/sshd_config" 2>"$dir/sshd.log" &
    sshd_pid=$!
    for _ in $(seq 100); do
        (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break
        sleep 0.05
    done
    common_opts=(-i "$dir/client_ed25519" -o IdentitiesOnly=yes -o BatchMode=yes
                 -o UserKnownHostsFile="$dir/known_hosts" -o StrictHostKeyChecking=yes
                 -o GlobalKnownHostsFile=/dev/null -F /dev/null)
    ssh_opts=(-p "$port" "${common_opts[@]}")
    scp_opts=(-P "$port" "${common_opts[@]}")
}

stop_sshd() {
    if [ -n "${sshd_pid:-}" ]; then
        # sshd puts each connection in a session of its own: stop the whole tree.
        pkill -KILL -P "$sshd_pid" 2>/dev/null || true
        kill -KILL "$sshd_pid" 2>/dev/null || true
        wait "$sshd_pid" 2>/dev/null || true
        sshd_pid=
    fi
}
