#!/usr/bin/env bash
# HTTP benchmark of moosefacts against nginx (static file) and the seed's stack
# (Flask under gunicorn, 2 sync workers), on loopback. Run by hand or with
# `make bench`; it is not part of ctest. See tests/bench/README.md.
#
#   tests/bench/http_bench.sh [BUILD_DIR]        (default BUILD_DIR: build)
#
# Each server in turn runs alone, pinned to one core; wrk runs pinned to the
# other core. Per server: keep-alive, then `Connection: close`; each run is a
# warm-up followed by the measured run. Prints a table and the ratios, writes
# the same as markdown to tests/bench/results/http_bench.md.
#
# Settings (environment):
#   BENCH_DURATION=10      seconds per measured run
#   BENCH_WARMUP=2         seconds of warm-up before each measured run
#   BENCH_CONNECTIONS=32   wrk connections (1 wrk thread)
#   BENCH_SERVER_CPU=0     core the servers are pinned to
#   BENCH_CLIENT_CPU=1     core wrk is pinned to
#
# Exit status: 0 all targets met, 1 a target missed or a run had errors,
# 2 the benchmark could not run (missing tools, a server did not start).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

duration="${BENCH_DURATION:-10}"
warmup="${BENCH_WARMUP:-2}"
connections="${BENCH_CONNECTIONS:-32}"
server_cpu="${BENCH_SERVER_CPU:-0}"
client_cpu="${BENCH_CLIENT_CPU:-1}"
route="/api/facts/random"
facts_file="$root/server/data/moose-facts.json"
results_dir="$here/results"

# Targets (keep-alive, at 32 connections).
target_nginx_ratio="0.9"
target_gunicorn_ratio="10"
target_p99_ms="2"

die() { echo "http_bench: $*" >&2; exit 2; }
say() { echo "http_bench: $*" >&2; }

# --- the build --------------------------------------------------------------
build="${1:-build}"
if [ ! -d "$build" ] && [ -d "$root/$build" ]; then
    build="$root/$build"
fi
moosefacts="$build/server/moosefacts"
[ -x "$moosefacts" ] || die "no moosefacts binary at $moosefacts; build it first: cmake --build $build --target moosefacts (or pass the build folder: $0 BUILD_DIR)"
moosefacts="$(cd "$(dirname "$moosefacts")" && pwd)/moosefacts"

# --- the tools --------------------------------------------------------------
find_tool() {
    local name="$1" dir
    if command -v "$name" >/dev/null 2>&1; then
        command -v "$name"
        return 0
    fi
    for dir in /usr/sbin /sbin /usr/bin; do
        if [ -x "$dir/$name" ]; then
            echo "$dir/$name"
            return 0
        fi
    done
    return 1
}

missing=()
wrk="$(find_tool wrk)" || missing+=(wrk)
nginx="$(find_tool nginx)" || missing+=(nginx-light)
gunicorn="$(find_tool gunicorn)" || missing+=(gunicorn)
curl="$(find_tool curl)" || missing+=(curl)
taskset="$(find_tool taskset)" || missing+=(util-linux)
python="$(find_tool python3)" || missing+=(python3)
# gunicorn imports Flask with its own interpreter (Debian's: /usr/bin/python3),
# which is not necessarily the python3 first on PATH.
gunicorn_python=""
if [ -n "${gunicorn:-}" ] && [ -x "$gunicorn" ]; then
    gunicorn_python="$(head -n 1 "$gunicorn" | sed -n 's/^#![[:space:]]*//p' | awk '{print $1}')"
    if [ "$(basename "${gunicorn_python:-x}")" = "env" ]; then
        gunicorn_python="$(head -n 1 "$gunicorn" | awk '{print $2}')"
    fi
    [ -n "$gunicorn_python" ] || gunicorn_python="$python"
    if ! "$gunicorn_python" -c 'import flask' >/dev/null 2>&1; then
        missing+=(python3-flask)
    fi
fi
if [ ${#missing[@]} -gt 0 ]; then
    die "missing: ${missing[*]}. Install them with: sudo apt-get install ${missing[*]} (or run: make bench, which installs scripts/debian-packages.txt)"
fi

cpus="$(nproc)"
if [ "$cpus" -lt 2 ]; then
    say "warning: only $cpus core; server and wrk share it, the numbers are not comparable to a 2-core run"
    server_cpu=0
    client_cpu=0
fi

# --- temp dir, processes, cleanup -------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/antler-http-bench.XXXXXX")"
# nginx workers may run as another user (nobody) when started as root.
chmod 755 "$work"
# Nothing is written to the caller's folder except the results file.
cd "$work"
server_pid=""

stop_server() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}

# shellcheck disable=SC2317  # invoked by the traps
cleanup() {
    local status=$?
    trap - EXIT INT TERM
    # wrk runs in the background during measured runs (and ignores SIGINT there).
    if [ -n "${wrk_pid:-}" ]; then
        kill -TERM "$wrk_pid" 2>/dev/null || true
    fi
    stop_server
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
    "$python" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()'
}

# Waits until url answers (any HTTP status) while the server process lives.
wait_ready() {
    local url="$1" name="$2" log="$3"
    for _ in $(seq 100); do
        if ! kill -0 "$server_pid" 2>/dev/null; then
            say "$name exited during start-up; its log ($log):"
            sed 's/^/    /' "$log" >&2 || true
            return 1
        fi
        if "$curl" -s -o /dev/null --max-time 1 "$url"; then
            return 0
        fi
        sleep 0.1
    done
    say "$name did not answer on $url within 10 s; its log ($log):"
    sed 's/^/    /' "$log" >&2 || true
    return 1
}

# Checks one response: 200, JSON content type, a fact object in the body.
# Prints nothing when fine, else the reason.
check_response() {
    local url="$1" out="$work/check.body" meta
    meta="$("$curl" -s -o "$out" -w '%{http_code} %{content_type}' --max-time 2 "$url" || echo "000 -")"
    case "$meta" in
        "200 application/json"*) ;;
        *) echo "answered '$meta' instead of 200 application/json"; return 0 ;;
    esac
    "$python" - "$out" <<'EOF' || true
import json, sys
try:
    with open(sys.argv[1], "rb") as f:
        fact = json.loads(f.read())
    if not (isinstance(fact, dict) and isinstance(fact.get("id"), int) and fact.get("text")):
        print("body is not a fact object")
except ValueError as e:
    print(f"body is not JSON ({e})")
EOF
}

# --- results ----------------------------------------------------------------
# One entry per run, keyed "server/mode".
declare -A rps=() ok_rps=() p99=() requests=() errors=() note=() foreign=() noisy=()
# A run where other processes took more than this share of a core is noisy.
noisy_percent=10
tree=()
wrk_pid=""
servers=(moosefacts nginx gunicorn)
modes=(keep-alive close)

# Converts a wrk latency ("812.00us", "1.23ms", "2.01s", "1.50m") to ms.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
        else if (u != "ms") { print "nan"; exit }
        printf "%.3f", n }'
}

# Parses a wrk report into the result arrays.
parse_wrk() {
    local key="$1" file="$2" total secs non2xx sock p99raw
    rps[$key]="$(awk '/^Requests\/sec:/ {print $2}' "$file")"
    total="$(awk '/ requests in / {print $1}' "$file")"
    secs="$(awk '/ requests in / {s = $4; sub(/s,?$/, "", s); print s}' "$file")"
    non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$file")"
    sock="$(awk '/Socket errors:/ {gsub(/,/, ""); print $4 + $6 + $8 + $10}' "$file")"
    p99raw="$(awk '/Latency Distribution/ {d = 1} d && $1 == "99%" {print $2; exit}' "$file")"
    if [ -z "${rps[$key]}" ] || [ -z "$total" ] || [ -z "$p99raw" ]; then
        rps[$key]=""
        note[$key]="no wrk report (see below)"
        errors[$key]="?"
        return
    fi
    non2xx="${non2xx:-0}"
    sock="${sock:-0}"
    requests[$key]="$total"
    errors[$key]="$((non2xx + sock))"
    p99[$key]="$(to_ms "$p99raw")"
    # Only successful responses count: a server that errors must not look fast.
    ok_rps[$key]="$(awk -v t="$total" -v b="$non2xx" -v s="$secs" -v r="${rps[$key]}" \
        'BEGIN { if (s > 0) printf "%.2f", (t - b) / s; else print r }')"
    local parts=()
    [ "$non2xx" -gt 0 ] && parts+=("$non2xx non-2xx/3xx")
    [ "$sock" -gt 0 ] && parts+=("socket errors: $(awk '/Socket errors:/ {sub(/^ *Socket errors: */, ""); print}' "$file")")
    if [ ${#parts[@]} -gt 0 ]; then
        local joined
        joined="$(printf '%s; ' "${parts[@]}")"
        note[$key]="${joined%; }"
    fi
}

# --- interference from other processes ---------------------------------------
# Both cores should belong to the benchmark alone. Before each run it waits
# (within BENCH_QUIET_WAIT seconds for the whole benchmark) for both cores to
# be nearly idle. During each run it measures the share of each core used by
# anything but the benchmark: the core's busy time (/proc/stat) minus the run
# time of the server's processes or of wrk (/proc/PID/task/*/schedstat).

quiet_budget="${BENCH_QUIET_WAIT:-30}"
quiet_threshold=15
tick_ns=$((1000000000 / $(getconf CLK_TCK 2>/dev/null || echo 100)))

# "total idle" jiffies of one core.
core_times() {
    awk -v c="cpu$1" '$1 == c { t = 0; for (i = 2; i <= 9; i++) t += $i; print t, $5 + $6; exit }' /proc/stat
}

# Highest busy share (percent) of the two cores over 1 s.
cores_busy() {
    local a0 a1 b0 b1
    a0="$(core_times "$server_cpu")"
    a1="$(core_times "$client_cpu")"
    sleep 1
    b0="$(core_times "$server_cpu")"
    b1="$(core_times "$client_cpu")"
    awk -v a0="$a0" -v a1="$a1" -v b0="$b0" -v b1="$b1" 'function busy(a, b,  x, y, dt) {
            split(a, x, " "); split(b, y, " "); dt = y[1] - x[1]
            return dt > 0 ? 100 * (1 - (y[2] - x[2]) / dt) : 0 }
        BEGIN { p = busy(a0, b0); q = busy(a1, b1); printf "%.0f", (p > q ? p : q) }'
}

wait_quiet() {
    local busy
    busy="$(cores_busy)"
    while [ "${busy:-0}" -gt "$quiet_threshold" ] && [ "$quiet_budget" -gt 0 ]; do
        say "cores $server_cpu/$client_cpu are ${busy}% busy with other processes; waiting (${quiet_budget}s left)"
        quiet_budget=$((quiet_budget - 2))
        sleep 1
        busy="$(cores_busy)"
    done
}

# Pids of a process and its children (gunicorn's workers).
process_tree() {
    echo "$1"
    ps -o pid= --ppid "$1" 2>/dev/null | awk '{print $1}' || true
}

# Run time (ns) summed over every thread of the pids.
run_time() {
    local pid file run sum=0
    for pid in "$@"; do
        for file in /proc/"$pid"/task/*/schedstat; do
            [ -r "$file" ] || continue
            read -r run _ 2>/dev/null <"$file" || continue
            sum=$((sum + run))
        done
    done
    echo "$sum"
}

# One sample: server-core "total idle", client-core "total idle", server run, wrk run.
usage_sample() {
    echo "$(core_times "$server_cpu") $(core_times "$client_cpu") $(run_time "${tree[@]}") $(run_time "$wrk_pid")"
}

# Percent of the cores taken by other processes between two samples (the
# higher of the two cores; both together when they are the same core).
foreign_percent() {
    awk -v a="$1" -v b="$2" -v tick="$tick_ns" -v same="$([ "$server_cpu" = "$client_cpu" ] && echo 1 || echo 0)" '
        BEGIN { split(a, x, " "); split(b, y, " ")
            t0 = (y[1] - x[1]) * tick; busy0 = t0 - (y[2] - x[2]) * tick
            t1 = (y[3] - x[3]) * tick; busy1 = t1 - (y[4] - x[4]) * tick
            srv = y[5] - x[5]; cli = y[6] - x[6]
            if (same) { f = t0 > 0 ? (busy0 - srv - cli) / t0 : 0 }
            else { f0 = t0 > 0 ? (busy0 - srv) / t0 : 0; f1 = t1 > 0 ? (busy1 - cli) / t1 : 0
                   f = f0 > f1 ? f0 : f1 }
            if (f < 0) f = 0
            printf "%.0f", 100 * f }'
}

run_wrk() {
    local name="$1" mode="$2" url="$3" key="$1/$2" extra=()
    [ "$mode" = close ] && extra=(-H 'Connection: close')
    local report="$work/wrk-$name-$mode.txt"
    wait_quiet
    say "$name, $mode: warm-up ${warmup}s, then ${duration}s at $connections connections"
    "$taskset" -c "$client_cpu" "$wrk" -t 1 -c "$connections" -d "${warmup}s" "${extra[@]}" "$url" \
        >/dev/null 2>&1 || true

    local first="" last="" sample status=0
    mapfile -t tree < <(process_tree "$server_pid")
    "$taskset" -c "$client_cpu" "$wrk" -t 1 -c "$connections" -d "${duration}s" --latency \
        "${extra[@]}" "$url" >"$report" 2>&1 &
    wrk_pid=$!
    # Samples while wrk runs; the first and the last bracket the window.
    sleep 0.2
    while kill -0 "$wrk_pid" 2>/dev/null; do
        sample="$(usage_sample)"
        kill -0 "$wrk_pid" 2>/dev/null || break
        if [ -z "$first" ]; then first="$sample"; else last="$sample"; fi
        sleep 0.5
    done
    wait "$wrk_pid" || status=$?
    if [ "$status" -ne 0 ]; then
        say "wrk failed against $name ($mode):"
        sed 's/^/    /' "$report" >&2
    fi
    parse_wrk "$key" "$report"
    if [ -n "$first" ] && [ -n "$last" ]; then
        foreign[$key]="$(foreign_percent "$first" "$last")"
        if [ "${foreign[$key]}" -gt "$noisy_percent" ]; then
            noisy[$key]=1
        fi
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
        note[$key]="${note[$key]:+${note[$key]}; }server died during the run"
        errors[$key]="${errors[$key]:-?}"
    fi
}

bench_server() {
    local name="$1" url="$2" log="$3" problem mode
    if ! wait_ready "$url" "$name" "$log"; then
        for mode in "${modes[@]}"; do
            note[$name/$mode]="did not start"
            errors[$name/$mode]="?"
        done
        stop_server
        return
    fi
    problem="$(check_response "$url")"
    if [ -n "$problem" ]; then
        say "$name $route: $problem"
        for mode in "${modes[@]}"; do
            note[$name/$mode]="bad response: $problem"
            errors[$name/$mode]="?"
        done
        stop_server
        return
    fi
    for mode in "${modes[@]}"; do
        run_wrk "$name" "$mode" "$url"
    done
}

# --- moosefacts -------------------------------------------------------------
port="$(free_port)"
url="http://127.0.0.1:$port$route"
"$taskset" -c "$server_cpu" "$moosefacts" --bind 127.0.0.1 --port "$port" --facts "$facts_file" --shutdown-delay 0 \
    >"$work/moosefacts.log" 2>&1 &
server_pid=$!
# nginx serves one of moosefacts' answers, byte for byte.
mkdir -p "$work/www"
if wait_ready "$url" moosefacts "$work/moosefacts.log"; then
    "$curl" -s -o "$work/www/fact.json" --max-time 2 "$url" || true
fi
bench_server moosefacts "$url" "$work/moosefacts.log"
stop_server
[ -s "$work/www/fact.json" ] || die "could not fetch a fact from moosefacts for nginx to serve"

# --- nginx: the same bytes as a static file ---------------------------------
port="$(free_port)"
url="http://127.0.0.1:$port$route"
mkdir -p "$work/nginx/logs" "$work/nginx/tmp"
chmod -R a+rX "$work/www"
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events {
    worker_connections 1024;
}
http {
    access_log off;
    # moosefacts has no per-connection request cap; neither does nginx here.
    keepalive_requests 1000000;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$port;
        location = $route {
            default_type application/json;
            alias $work/www/fact.json;
        }
    }
}
EOF
"$taskset" -c "$server_cpu" "$nginx" -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" -g 'daemon off;' \
    >"$work/nginx/stdout.log" 2>&1 &
server_pid=$!
bench_server nginx "$url" "$work/nginx/error.log"
stop_server

# --- the seed's stack: Flask under gunicorn, 2 sync workers ------------------
port="$(free_port)"
url="http://127.0.0.1:$port$route"
env MOOSE_FACTS_FILE="$facts_file" PYTHONDONTWRITEBYTECODE=1 \
    "$taskset" -c "$server_cpu" "$gunicorn" --workers 2 --worker-class sync --bind "127.0.0.1:$port" --chdir "$here" \
    --error-logfile "$work/gunicorn.log" --log-level warning flask_app:app \
    >"$work/gunicorn.out" 2>&1 &
server_pid=$!
bench_server gunicorn "$url" "$work/gunicorn.log"
stop_server

# --- report -----------------------------------------------------------------
fmt_rps() { [ -n "${1:-}" ] && awk -v v="$1" 'BEGIN { printf "%.0f", v }' || echo "-"; }
fmt_ms() { [ -n "${1:-}" ] && awk -v v="$1" 'BEGIN { printf "%.2f", v }' || echo "-"; }

# ratio KEY_A KEY_B: "1.23" or "" when either side has no clean number.
ratio() {
    local a="${ok_rps[$1]:-}" b="${ok_rps[$2]:-}"
    if [ -z "$a" ] || [ -z "$b" ]; then echo ""; return; fi
    awk -v a="$a" -v b="$b" 'BEGIN { if (b > 0) printf "%.2f", a / b }'
}
clean() { [ "${errors[$1]:-?}" = "0" ]; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a >= b) }'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }

# The verdict gets a suffix when a run it rests on shared its cores.
noisy_suffix() {
    local k
    for k in "$@"; do
        if [ -n "${noisy[$k]:-}" ]; then
            echo " (noisy: cores shared with other processes)"
            return
        fi
    done
}

# verdict_ratio REF MODE TARGET: PASS / MISS / INVALID with the reason.
verdict_ratio() {
    local ref="$1" mode="$2" target="$3" r
    r="$(ratio "moosefacts/$mode" "$ref/$mode")"
    if ! clean "moosefacts/$mode"; then echo "MISS (moosefacts had errors)"; return; fi
    if ! clean "$ref/$mode" || [ -z "$r" ]; then echo "INVALID ($ref had errors)"; return; fi
    if ge "$r" "$target"; then echo -n "PASS"; else echo -n "MISS"; fi
    noisy_suffix "moosefacts/$mode" "$ref/$mode"
}

verdict_p99() {
    local key="moosefacts/keep-alive"
    if ! clean "$key" || [ -z "${p99[$key]:-}" ]; then echo "MISS (moosefacts had errors)"; return; fi
    if lt "${p99[$key]}" "$target_p99_ms"; then echo -n "PASS"; else echo -n "MISS"; fi
    noisy_suffix "$key"
}

x() { [ -n "$1" ] && echo "${1}x" || echo "-"; }
# Share of a core other processes took, with a star when noisy.
cpu_other() {
    [ -n "${foreign[$1]:-}" ] || { echo "-"; return; }
    echo "${foreign[$1]}%${noisy[$1]:+ *}"
}

ratio_nginx_ka="$(ratio moosefacts/keep-alive nginx/keep-alive)"
ratio_nginx_close="$(ratio moosefacts/close nginx/close)"
ratio_gunicorn_ka="$(ratio moosefacts/keep-alive gunicorn/keep-alive)"
ratio_gunicorn_close="$(ratio moosefacts/close gunicorn/close)"
v_nginx="$(verdict_ratio nginx keep-alive "$target_nginx_ratio")"
v_gunicorn="$(verdict_ratio gunicorn keep-alive "$target_gunicorn_ratio")"
v_p99="$(verdict_p99)"
any_noisy=""
for k in "${!noisy[@]}"; do any_noisy=1; done

nginx_version="$({ "$nginx" -v 2>&1 || true; } | sed 's/^nginx version: //')"
gunicorn_version="$("$gunicorn_python" -c 'import gunicorn; print(gunicorn.__version__)' 2>/dev/null || echo '?')"
flask_version="$("$gunicorn_python" -c 'import importlib.metadata as m; print(m.version("flask"))' 2>/dev/null || echo '?')"
wrk_version="$({ "$wrk" --version 2>&1 || true; } | awk 'NR == 1 {print $2}')"
cpu_model="$(awk -F': *' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo '?')"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
when="$(date -u '+%Y-%m-%d %H:%M UTC')"
footnote="req/s counts successful (2xx/3xx) responses only; errors = non-2xx/3xx responses + socket errors.
other cpu = the largest share of the server's or wrk's core that other processes took during the run; * = over ${noisy_percent}%."
noisy_warning="Some runs shared their cores with other processes: their numbers are low and their ratios unreliable; repeat on a quiet machine."

{
    echo
    echo "HTTP benchmark: GET $route on 127.0.0.1, wrk 1 thread, $connections connections, ${duration}s (+${warmup}s warm-up)"
    echo "servers on core $server_cpu, wrk on core $client_cpu; $cpu_model, $(uname -r), commit $commit, $when"
    echo "nginx $nginx_version (static file, 1 worker); gunicorn $gunicorn_version + Flask $flask_version (2 sync workers); wrk $wrk_version"
    echo
    printf '%-11s %-11s %9s %8s %9s %7s %10s  %s\n' server mode "req/s" "p99 ms" requests errors "other cpu" note
    for s in "${servers[@]}"; do
        for m in "${modes[@]}"; do
            k="$s/$m"
            printf '%-11s %-11s %9s %8s %9s %7s %10s  %s\n' "$s" "$m" "$(fmt_rps "${ok_rps[$k]:-}")" \
                "$(fmt_ms "${p99[$k]:-}")" "${requests[$k]:--}" "${errors[$k]:-?}" "$(cpu_other "$k")" "${note[$k]:-}"
        done
    done
    echo
    printf '%-28s %10s %7s  %-12s %s\n' ratio keep-alive close target verdict
    printf '%-28s %10s %7s  %-12s %s\n' "moosefacts / nginx" "$(x "$ratio_nginx_ka")" "$(x "$ratio_nginx_close")" \
        ">= ${target_nginx_ratio}x" "$v_nginx"
    printf '%-28s %10s %7s  %-12s %s\n' "moosefacts / gunicorn" "$(x "$ratio_gunicorn_ka")" "$(x "$ratio_gunicorn_close")" \
        ">= ${target_gunicorn_ratio}x" "$v_gunicorn"
    printf '%-28s %10s %7s  %-12s %s\n' "moosefacts p99, ${connections} conns" "$(fmt_ms "${p99[moosefacts/keep-alive]:-}")ms" \
        "" "< ${target_p99_ms} ms" "$v_p99"
    echo "(targets apply to keep-alive; the close column is for information)"
    echo
    echo "$footnote"
    [ -z "$any_noisy" ] || echo "$noisy_warning"
}

# The same as markdown.
mkdir -p "$results_dir"
{
    echo "# HTTP benchmark"
    echo
    echo "GET \`$route\` on 127.0.0.1; wrk 1 thread, $connections connections, ${duration} s per run after ${warmup} s of warm-up."
    echo "Servers pinned to core $server_cpu, wrk to core $client_cpu. $cpu_model, Linux $(uname -r), commit \`$commit\`, $when."
    echo "nginx $nginx_version (static file, 1 worker), gunicorn $gunicorn_version + Flask $flask_version (2 sync workers), wrk $wrk_version."
    echo
    echo "| server | mode | req/s | p99 (ms) | requests | errors | other cpu | note |"
    echo "|---|---|---:|---:|---:|---:|---:|---|"
    for s in "${servers[@]}"; do
        for m in "${modes[@]}"; do
            k="$s/$m"
            echo "| $s | $m | $(fmt_rps "${ok_rps[$k]:-}") | $(fmt_ms "${p99[$k]:-}") | ${requests[$k]:--} | ${errors[$k]:-?} | $(cpu_other "$k") | ${note[$k]:-} |"
        done
    done
    echo
    echo "| ratio | keep-alive | close | target (keep-alive) | verdict |"
    echo "|---|---:|---:|---|---|"
    echo "| moosefacts / nginx | $(x "$ratio_nginx_ka") | $(x "$ratio_nginx_close") | ≥ ${target_nginx_ratio}× | $v_nginx |"
    echo "| moosefacts / gunicorn | $(x "$ratio_gunicorn_ka") | $(x "$ratio_gunicorn_close") | ≥ ${target_gunicorn_ratio}× | $v_gunicorn |"
    echo "| moosefacts p99 at $connections connections | $(fmt_ms "${p99[moosefacts/keep-alive]:-}") ms | | < ${target_p99_ms} ms | $v_p99 |"
    echo
    echo "${footnote//$'\n'/$'  \n'}"
    [ -z "$any_noisy" ] || { echo; echo "**$noisy_warning**"; }
    echo
    echo "## wrk reports"
    for s in "${servers[@]}"; do
        for m in "${modes[@]}"; do
            if [ -f "$work/wrk-$s-$m.txt" ]; then
                echo
                echo "### $s, $m"
                echo
                echo '```'
                cat "$work/wrk-$s-$m.txt"
                echo '```'
            fi
        done
    done
} >"$results_dir/http_bench.md"
say "wrote $results_dir/http_bench.md"

# Show the raw wrk output of any run that had errors.
for s in "${servers[@]}"; do
    for m in "${modes[@]}"; do
        if ! clean "$s/$m" && [ -f "$work/wrk-$s-$m.txt" ]; then
            say "wrk report of $s ($m):"
            sed 's/^/    /' "$work/wrk-$s-$m.txt" >&2
        fi
    done
done

case "$v_nginx$v_gunicorn$v_p99" in
    PASSPASSPASS) exit 0 ;;
    *) exit 1 ;;
esac
