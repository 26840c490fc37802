#!/usr/bin/env bash
# Regenerates docs/screenshots/frontend.png: the moose facts page as served by
# the local runtime (moosefacts --static-dir resources/frontend), rendered by
# headless Chromium at 1000x700.
#
#   scripts/screenshot-frontend.sh [BUILD_DIR] [OUTPUT_PNG]
#
# BUILD_DIR defaults to "build" (make build); STAGE (default staging) sets the
# stage badge; COLOR_SCHEME=dark renders the dark theme.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-build}"
case "$build" in /*) ;; *) build="$root/$build" ;; esac
output="${2:-$root/docs/screenshots/frontend.png}"
stage="${STAGE:-staging}"
server="$build/server/moosefacts"
chromium="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$server" ]; then
    echo "screenshot-frontend: $server is missing; build first (make build, or pass the build folder)." >&2
    exit 1
fi
if [ ! -x "$chromium" ]; then
    echo "screenshot-frontend: $chromium is missing; run scripts/install-deps.sh." >&2
    exit 1
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# Port 0: moosefacts picks a free port and says which one on stderr.
"$server" --port 0 --static-dir "$root/resources/frontend" --stage "$stage" --shutdown-delay 0 \
    2> "$work/server.log" &
server_pid=$!
url=""
for _ in $(seq 1 100); do
    url="$(sed -n 's#^moosefacts: listening on \(http://[^ ]*\).*#\1#p' "$work/server.log")"
    [ -n "$url" ] && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "screenshot-frontend: moosefacts exited:" >&2
        cat "$work/server.log" >&2
        exit 1
    fi
    sleep 0.1
done
if [ -z "$url" ]; then
    echo "screenshot-frontend: moosefacts did not report its address:" >&2
    cat "$work/server.log" >&2
    exit 1
fi

flags=()
if [ "${COLOR_SCHEME:-light}" = dark ]; then
    flags+=(--force-dark-mode --blink-settings=preferredColorScheme=0)
fi

mkdir -p "$(dirname "$output")"
# The virtual time budget lets the page fetch its fact and finish its fade
# before the picture is taken.
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --force-color-profile=srgb --password-store=basic \
    --user-data-dir="$work/profile" --window-size=1000,700 \
    --virtual-time-budget=10000 "${flags[@]}" \
    --screenshot="$output" "$url" 2> "$work/chromium.log" || {
    echo "screenshot-frontend: Chromium failed:" >&2
    tail -n 20 "$work/chromium.log" >&2
    exit 1
}
if [ ! -s "$output" ]; then
    echo "screenshot-frontend: Chromium wrote no screenshot; its log:" >&2
    tail -n 20 "$work/chromium.log" >&2
    exit 1
fi
echo "screenshot-frontend: wrote $output"
